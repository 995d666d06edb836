using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>Parses realistic headers and runs one rule over them, the way the analyzer does.</summary>
internal static class RuleTestKit
{
    /// <summary>The bundled example policy (samples/policy.json): the hanabi-foods.co.jp tenant.</summary>
    public static CompiledPolicy SamplePolicy { get; } = LoadSamplePolicy();

    public static CompiledPolicy PolicyWith(
        string[]? internalDomains = null,
        string[]? protectedNames = null,
        string[]? protectedDomains = null,
        string[]? trustedReplyTo = null,
        string[]? trustedAuthServIds = null,
        string[]? gatewayHosts = null)
    {
        var policy = new GuardPolicy
        {
            InternalDomains = [.. internalDomains ?? []],
            ProtectedNames = [.. protectedNames ?? []],
            ProtectedDomains = [.. protectedDomains ?? []],
            TrustedReplyToDomains = [.. trustedReplyTo ?? []],
            TrustedAuthServIds = [.. trustedAuthServIds ?? []],
            GatewayHosts = [.. gatewayHosts ?? []],
        };
        Assert.Empty(PolicyValidator.Validate(policy, RuleCatalog.Ids));
        return EngineFor(policy).Compiled;
    }

    /// <summary>The engine for a policy, built the one way there is; the policy must be valid.</summary>
    public static GuardEngine EngineFor(GuardPolicy policy, params IRule[] rules) =>
        GuardEngine.Create(policy, rules.Length == 0 ? null : new GuardEngineOptions { Rules = rules }).GetEngineOrThrow();

    /// <summary>The compiled form of a valid policy, as the engine builds it.</summary>
    public static CompiledPolicy CompiledFrom(GuardPolicy policy) => EngineFor(policy).Compiled;

    /// <summary>The engine whose compiled policy this is.</summary>
    public static GuardEngine EngineFor(CompiledPolicy? policy, params IRule[] rules) =>
        policy is null || ReferenceEquals(policy, CompiledPolicy.Default) && rules.Length == 0
            ? GuardEngine.Default
            : EngineFor(policy.Source, rules);

    public static MessageFacts Parse(string raw, CompiledPolicy? policy = null) =>
        EngineFor(policy).ReadFacts(MessageInput.FromText(raw));

    public static MessageFacts Fixture(string relative, CompiledPolicy? policy = null) =>
        EngineFor(policy).ReadFacts(MessageInput.FromBytes(Fixtures.Bytes(relative)));

    public static List<Finding> Run(IRule rule, MessageFacts message, CompiledPolicy? policy = null, Language language = Language.En, CorrespondenceHistory? history = null)
    {
        var findings = new List<Finding>();
        rule.Evaluate(new RuleContext(message, policy ?? CompiledPolicy.Default, language, history), findings);
        foreach (var finding in findings)
        {
            Assert.Equal(rule.Descriptor.Id, finding.RuleId);
            Assert.False(string.IsNullOrWhiteSpace(finding.Title));
            Assert.False(string.IsNullOrWhiteSpace(finding.Detail));
            Assert.NotEmpty(finding.Evidence);
            Assert.NotNull(finding.Banner);
            Assert.InRange(finding.Banner!.Length, 1, BannerText.MaxLength);
        }

        return findings;
    }

    /// <summary>The single finding a rule must produce.</summary>
    public static Finding Single(IRule rule, MessageFacts message, CompiledPolicy? policy = null, Language language = Language.En, CorrespondenceHistory? history = null) =>
        Assert.Single(Run(rule, message, policy, language, history));

    private static CompiledPolicy LoadSamplePolicy()
    {
        var (policy, errors) = PolicyJson.Parse(Fixtures.Text("samples/policy.json"), RuleCatalog.Ids);
        Assert.Empty(errors);
        return EngineFor(policy!).Compiled;
    }
}
