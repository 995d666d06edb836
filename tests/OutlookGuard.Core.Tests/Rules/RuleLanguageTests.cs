using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>Every rule speaks both languages: a message that fires it, read in English and in Japanese.</summary>
public sealed class RuleLanguageTests
{
    public static TheoryData<string> FiringRuleIds() =>
    [
        RuleIds.ReplyToMismatch,
        RuleIds.InternalDomainSpoof,
        RuleIds.AuthFailure,
        RuleIds.ProviderVerdict,
        RuleIds.FakeThread,
        RuleIds.BecContent,
        RuleIds.SendingOrigin,
        RuleIds.UnencryptedHop,
        RuleIds.DuplicateHeader,
        RuleIds.MalformedHeaders,
    ];

    [Theory]
    [MemberData(nameof(FiringRuleIds))]
    public void Rule_WritesTitleDetailAndBannerInBothLanguages(string ruleId)
    {
        var rule = RuleCatalog.All.Single(r => r.Descriptor.Id == ruleId);
        var (message, policy) = Firing(ruleId);

        var en = Single(rule, message, policy, Language.En);
        var ja = Single(rule, message, policy, Language.Ja);

        Assert.All(new[] { en.Title, en.Detail, en.Banner! }, text => Assert.True(text.All(c => c < 0x3000), "English text holds Japanese: " + text));
        Assert.All(new[] { ja.Title, ja.Detail, ja.Banner! }, text => Assert.Contains(text, c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF'));
        Assert.All(new[] { en.Title, en.Detail, en.Banner!, ja.Title, ja.Detail, ja.Banner! }, text =>
        {
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        });
        Assert.Equal(en.Severity, ja.Severity);
        Assert.Equal(en.Evidence.Count, ja.Evidence.Count);
    }

    private static (MessageFacts Message, CompiledPolicy Policy) Firing(string ruleId) => ruleId switch
    {
        RuleIds.ProviderVerdict or RuleIds.InternalDomainSpoof or RuleIds.AuthFailure or RuleIds.BecContent
            => (Fixture("samples/spoofed-internal-domain.eml", SamplePolicy), SamplePolicy),
        RuleIds.ReplyToMismatch or RuleIds.SendingOrigin
            => (Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy), SamplePolicy),
        RuleIds.FakeThread => (Parse("""
            From: "Jorge Alvarez" <j.alvarez@northwind-traders.com>
            Reply-To: j.alvarez.finance@outlook.com
            To: ap@contoso.com
            Subject: RE: Outstanding invoice 4471

            """), CompiledPolicy.Default),
        RuleIds.UnencryptedHop => (Parse("From: a@contoso.com\n\n") with
        {
            Received = [new ReceivedHop(0, "out-3.smtp.github.com", "192.30.252.194", "ismtpd0021p1iad2.sendgrid.net", "ESMTP", null, null, null, null)],
        }, CompiledPolicy.Default),
        RuleIds.DuplicateHeader => (Parse("From: a@contoso.com\nFrom: b@example.net\n\n"), CompiledPolicy.Default),
        RuleIds.MalformedHeaders => (Parse("From: <<<>>>@@@\n\n"), CompiledPolicy.Default),
        _ => throw new ArgumentOutOfRangeException(nameof(ruleId), ruleId, null),
    };
}
