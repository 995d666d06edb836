using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Reply;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core;

/// <summary>
/// OutlookGuard for one policy: the one entry of Core. <see cref="Create"/> validates the policy and compiles it
/// once; <see cref="Analyze(MessageInput, Language)"/> runs the pipeline: parse (bounded, policy-free) → facts (origin against the
/// policy's own hosts and gateways, GeoIP) → rules → findings, verdict and banner. Immutable and thread-safe:
/// build one per policy (per tenant in the API) and share it.
/// </summary>
public sealed class GuardEngine
{
    private readonly GuardAnalyzer _analyzer;
    private readonly MessageParserOptions _parser;
    private readonly IIpGeolocator? _geolocator;

    private GuardEngine(GuardPolicy policy, CompiledPolicy compiled, GuardEngineOptions options, IReadOnlyList<IRule> rules)
    {
        Policy = policy;
        Compiled = compiled;
        Limits = options.Limits;
        Rules = rules;
        _geolocator = options.Geolocator;
        _parser = new MessageParserOptions { Limits = options.Limits };
        _analyzer = new GuardAnalyzer(compiled, rules);
    }

    /// <summary>The engine for the empty policy (built-in lists only), default options.</summary>
    public static GuardEngine Default { get; } = Create(new GuardPolicy()).GetEngineOrThrow();

    /// <summary>The policy this engine was built from, as given.</summary>
    public GuardPolicy Policy { get; }

    /// <summary>The parse bounds in force.</summary>
    public ParseLimits Limits { get; }

    /// <summary>The rules run, in banner-priority order.</summary>
    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>The compiled lookups the facts stage and the rules read.</summary>
    internal CompiledPolicy Compiled { get; }

    /// <summary>
    /// Validates <paramref name="policy"/> (every error, each with its key path under
    /// <see cref="GuardEngineOptions.PolicyKeyPrefix"/>) and, when it is valid, builds the engine.
    /// </summary>
    public static EngineBuild Create(GuardPolicy policy, GuardEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        options ??= GuardEngineOptions.Default;
        var rules = options.Rules ?? RuleCatalog.All;
        var known = new HashSet<string>(RuleCatalog.Ids, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            known.Add(rule.Descriptor.Id);
        }

        var errors = PolicyValidator.Validate(policy, known, options.PolicyKeyPrefix);
        return errors.Count > 0
            ? new EngineBuild(null, errors)
            : new EngineBuild(new GuardEngine(policy, CompiledPolicy.Compile(policy), options, rules), []);
    }

    /// <summary>Runs every enabled rule over the message. Never throws for any input: what cannot be read becomes a finding.</summary>
    public AnalysisResult Analyze(MessageInput input, Language language) =>
        _analyzer.Analyze(ReadFacts(input), language, null);

    /// <summary>
    /// Runs every enabled rule over the message with the user's history with its sender: the relationship rules
    /// read it, and <see cref="AnalysisResult.Relationship"/> summarizes it. The history is a separate argument, not
    /// part of <see cref="MessageInput"/>: it is not the message, it is read from elsewhere (the user's mailbox), and a
    /// history about another address than the From is ignored. Null or
    /// <see cref="CorrespondenceHistory.Unknown"/> gives the same result as <see cref="Analyze(MessageInput, Language)"/>.
    /// </summary>
    public AnalysisResult Analyze(MessageInput input, Language language, CorrespondenceHistory? history) =>
        _analyzer.Analyze(ReadFacts(input), language, history);

    /// <summary>
    /// Runs the rules over facts already read by <see cref="ReadFacts"/> (or built by a test): a caller that needs the
    /// facts first (to find the sender whose history to read) parses the message once.
    /// </summary>
    public AnalysisResult Analyze(MessageFacts facts, Language language, CorrespondenceHistory? history = null) =>
        _analyzer.Analyze(facts, language, history);

    /// <summary>
    /// The reply guard's decision for a message about to be sent to <paramref name="recipients"/>: the original (the message
    /// answered, null for a new message or one not found) is analyzed exactly as the reading pane does, so a reply is
    /// stopped for the Reply-To the pane warned about. Pure and never throws for any input.
    /// </summary>
    public ReplyCheck CheckReply(MessageInput? original, IReadOnlyList<ReplyAddress> recipients, Language language)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var facts = original is null ? null : ReadFacts(original);
        var analysis = facts is null ? null : Analyze(facts, language);
        return ReplyChecker.Check(Compiled, facts, analysis, recipients, language);
    }

    /// <summary>The facts the rules read: the parsed message with its origin resolved under this policy.</summary>
    public MessageFacts ReadFacts(MessageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parsed = input switch
        {
            MessageInput.HeaderBlock block => MessageParser.Parse(block.Bytes.Span, _parser),
            MessageInput.HeaderText text => WithPreview(MessageParser.Parse(text.Text, _parser), text.BodyPreview),
            MessageInput.HeaderPairs pairs => MessageParser.ParsePairs(pairs.Headers, pairs.BodyPreview, _parser),
            _ => throw new ArgumentException("Unknown message input.", nameof(input)),
        };
        return parsed with { Origin = OriginResolver.Resolve(parsed.Received, parsed.Forefront, Compiled, _geolocator) };
    }

    // The caller's own preview (the taskpane's body text) wins over what the header text holds.
    private MessageFacts WithPreview(MessageFacts facts, string? preview)
    {
        if (string.IsNullOrWhiteSpace(preview))
        {
            return facts;
        }

        var max = Limits.MaxBodyPreviewLength;
        return facts with { BodyPreview = preview.Length > max ? preview[..max] : preview };
    }
}
