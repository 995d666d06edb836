using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Core.Analysis;

/// <summary>
/// The analysis stage of <see cref="GuardEngine"/>: turns facts into findings, a verdict and a banner. Pure and
/// thread-safe; built by the engine, once per policy.
/// </summary>
internal sealed class GuardAnalyzer
{
    private readonly IReadOnlyList<IRule> _rules;
    private readonly Dictionary<string, int> _priority;
    private readonly HashSet<string> _identityRules;

    /// <summary>An analyzer with the built-in rules.</summary>
    public GuardAnalyzer(CompiledPolicy policy)
        : this(policy, RuleCatalog.All)
    {
    }

    /// <summary>An analyzer with a chosen rule list (tests, benchmarks).</summary>
    public GuardAnalyzer(CompiledPolicy policy, IReadOnlyList<IRule> rules)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(rules);
        Policy = policy;
        _rules = rules;
        _priority = new Dictionary<string, int>(StringComparer.Ordinal);
        _identityRules = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            _priority[rules[i].Descriptor.Id] = i;
            if (rules[i].Descriptor.Group is RuleGroup.Identity or RuleGroup.Authentication)
            {
                _identityRules.Add(rules[i].Descriptor.Id);
            }
        }
    }

    public CompiledPolicy Policy { get; }

    /// <summary>Runs every enabled rule. Never throws for any message: a rule that fails is skipped.</summary>
    public AnalysisResult Analyze(MessageFacts message, Language language, CorrespondenceHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var context = new RuleContext(message, Policy, language, history);
        var raw = new List<Finding>();
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            var id = rule.Descriptor.Id;
            if (!Policy.IsEnabled(id))
            {
                continue;
            }

            raw.Clear();
            rule.Evaluate(context, raw);
            var fixedSeverity = Policy.SeverityOverride(id);
            foreach (var finding in raw)
            {
                findings.Add(fixedSeverity is { } severity && severity != finding.Severity
                    ? finding with { Severity = severity }
                    : finding);
            }
        }

        RaisePaymentChange(findings);
        RelationshipAdjustments.Apply(findings, context);
        findings.Sort((a, b) =>
        {
            var bySeverity = b.Severity.CompareTo(a.Severity);
            return bySeverity != 0 ? bySeverity : Priority(a.RuleId).CompareTo(Priority(b.RuleId));
        });

        var verdict = DecideVerdict(findings);
        return new AnalysisResult
        {
            Verdict = verdict,
            Banner = verdict == Verdict.Safe ? null : Banner(findings, verdict, language),
            Findings = findings,
            Message = message,
            Relationship = RelationshipSummary.Of(context.History),
        };
    }

    /// <summary>
    /// Danger if any finding is high, caution if any is medium, safe otherwise. Corroborating findings
    /// (business-email-compromise wording, a shift from the relationship's language) alone never raise the verdict,
    /// but next to another finding of low or more (other than a payment-change request, which is wording too) they
    /// raise it one step.
    /// </summary>
    public static Verdict DecideVerdict(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var max = Severity.Info;
        var maxOther = Severity.Info;
        var corroborating = 0;
        foreach (var finding in findings)
        {
            if (IsCorroborating(finding.RuleId))
            {
                corroborating++;
                continue;
            }

            if (finding.Severity > max)
            {
                max = finding.Severity;
            }

            if (finding.Severity > maxOther && !string.Equals(finding.RuleId, RuleIds.PaymentChange, StringComparison.Ordinal))
            {
                maxOther = finding.Severity;
            }
        }

        // Two corroborating findings (wording and language) back each other up, as either backs up any other finding.
        if (corroborating > 1)
        {
            maxOther = (Severity)Math.Max((int)maxOther, (int)Severity.Low);
        }

        var verdict = max switch
        {
            Severity.High => Verdict.Danger,
            Severity.Medium => Verdict.Caution,
            _ => Verdict.Safe,
        };

        if (corroborating > 0 && maxOther >= Severity.Low && verdict < Verdict.Danger)
        {
            verdict++;
        }

        return verdict;
    }

    // A request to pay to new bank details beside a sign that the sender is not who it claims (an identity or
    // authentication finding of low or more) is high, unless the admin fixed the rule's severity.
    private void RaisePaymentChange(List<Finding> findings)
    {
        if (Policy.SeverityOverride(RuleIds.PaymentChange) is not null
            || !findings.Any(f => f.Severity >= Severity.Low && _identityRules.Contains(f.RuleId)))
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (string.Equals(findings[i].RuleId, RuleIds.PaymentChange, StringComparison.Ordinal) && findings[i].Severity < Severity.High)
            {
                findings[i] = findings[i] with { Severity = Severity.High };
            }
        }
    }

    private static bool IsCorroborating(string ruleId) =>
        string.Equals(ruleId, RuleIds.BecContent, StringComparison.Ordinal)
        || string.Equals(ruleId, RuleIds.LanguageShift, StringComparison.Ordinal);

    private int Priority(string ruleId) => _priority.TryGetValue(ruleId, out var p) ? p : int.MaxValue;

    private static string Banner(List<Finding> findings, Verdict verdict, Language language)
    {
        foreach (var finding in findings)
        {
            if (finding.Banner is { Length: > 0 } banner && finding.Severity >= Severity.Low)
            {
                // Built-in rules' banners already fit (BannerText.From); this holds rules given in GuardEngineOptions.Rules to the limit.
                return BannerText.Truncate(banner);
            }
        }

        // Every rule that can raise the verdict writes a banner; this is the fallback wording.
        return BannerText.From(language, verdict == Verdict.Danger ? "analysis.banner.danger" : "analysis.banner.caution");
    }
}
