using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Api.Telemetry;

/// <summary>
/// The API's traces and metrics under one name, <c>OutlookGuard</c> (the <see cref="ActivitySource"/> and the
/// <see cref="Meter"/>). Tags are closed sets only (verdict, source, rule id, severity, HTTP status, outcome): never a
/// tenant, user, address, subject or message id.
/// </summary>
public sealed class GuardTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "OutlookGuard";

    /// <summary>The <c>source</c> tag of an analysis read through Microsoft Graph.</summary>
    public const string SourceGraph = "graph";

    /// <summary>The <c>source</c> tag of an analysis read from the configured folder.</summary>
    public const string SourceFolder = "folder";

    /// <summary>The <c>source</c> tag of an analysis of headers the taskpane sent.</summary>
    public const string SourceHeaders = "headers";

    /// <summary>Spans around each analysis.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly string _messageSource;
    private readonly Counter<long> _analyses;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _cacheLookups;
    private readonly Histogram<double> _graphDuration;
    private readonly Counter<long> _graphErrors;
    private readonly Counter<long> _oboExchanges;
    private readonly Counter<long> _sharedCacheFailures;
    private readonly Counter<long> _feedback;
    private readonly Counter<long> _sharedCacheRejected;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _tokenRejections;

    public GuardTelemetry(IMeterFactory meterFactory, IOptions<MailboxOptions> mailbox)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(mailbox);
        _messageSource = mailbox.Value.Source switch
        {
            MailboxSource.Folder => SourceFolder,
            MailboxSource.Client => SourceHeaders,
            _ => SourceGraph,
        };
        Meter = meterFactory.Create(Name);
        _analyses = Meter.CreateCounter<long>("outlookguard.analyses", "{analysis}", "Analyses answered, by verdict and source (graph, folder, headers).");
        _findings = Meter.CreateCounter<long>("outlookguard.findings", "{finding}", "Findings reported, by rule id and severity.");
        _cacheLookups = Meter.CreateCounter<long>("outlookguard.cache.lookups", "{lookup}", "Verdict cache lookups, by result (hit, miss).");
        _graphDuration = Meter.CreateHistogram<double>("outlookguard.graph.duration", "s", "Duration of each Microsoft Graph request, by HTTP status.");
        _graphErrors = Meter.CreateCounter<long>("outlookguard.graph.errors", "{request}", "Microsoft Graph requests that failed, by HTTP status (or network).");
        _oboExchanges = Meter.CreateCounter<long>("outlookguard.obo.exchanges", "{exchange}", "On-Behalf-Of token exchanges, by outcome (success, failure).");
        _sharedCacheFailures = Meter.CreateCounter<long>("outlookguard.cache.shared_failures", "{failure}", "Shared (Redis) cache commands that failed, by operation.");
        _feedback = Meter.CreateCounter<long>("outlookguard.feedback", "{report}", "Readers' \"this looks fine\" reports, by rule id and the verdict they saw: which rules cry wolf.");
        _sharedCacheRejected = Meter.CreateCounter<long>("outlookguard.cache.shared_rejected", "{entry}", "Shared (Redis) cache entries that failed their integrity check and were treated as misses.");
        _rateLimited = Meter.CreateCounter<long>("outlookguard.rate_limited", "{request}", "Requests refused 429, by limit (user, concurrency).");
        _tokenRejections = Meter.CreateCounter<long>("outlookguard.auth.rejections", "{token}", "Access tokens the Entra scheme refused, by reason (exception type).");
    }

    /// <summary>The meter (created by the host's <see cref="IMeterFactory"/>, so each host has its own).</summary>
    public Meter Meter { get; }

    /// <summary>Starts the span of one analysis; null when nobody listens.</summary>
    public Activity? StartAnalysis(bool fromMailbox) =>
        ActivitySource.StartActivity("analyze")?.SetTag("outlookguard.source", fromMailbox ? _messageSource : SourceHeaders);

    /// <summary>Counts an analysis of a mailbox message and whether the verdict cache answered it.</summary>
    public void RecordMessageAnalysis(MessageAnalysis analysis, bool fromCache, Activity? activity = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", fromCache ? "hit" : "miss"));
        Record(analysis, _messageSource, activity?.SetTag("outlookguard.cache_hit", fromCache));
    }

    /// <summary>Counts an analysis of a header block the taskpane sent.</summary>
    public void RecordHeaderAnalysis(MessageAnalysis analysis, Activity? activity = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Record(analysis, SourceHeaders, activity);
    }

    /// <summary>One Graph request: its duration, and an error when it failed (status null: no answer).</summary>
    public void RecordGraphRequest(TimeSpan elapsed, int? status)
    {
        var tag = new KeyValuePair<string, object?>("http.response.status_code", status is { } code ? code.ToString(CultureInfo.InvariantCulture) : "network");
        _graphDuration.Record(elapsed.TotalSeconds, tag);
        if (status is null or >= 400)
        {
            _graphErrors.Add(1, tag);
        }
    }

    /// <summary>One On-Behalf-Of exchange at the token endpoint.</summary>
    public void RecordOboExchange(bool success) =>
        _oboExchanges.Add(1, new KeyValuePair<string, object?>("outcome", success ? "success" : "failure"));

    /// <summary>One failed shared-cache command (the cache then answers from memory).</summary>
    public void RecordDistributedCacheFailure(string operation) =>
        _sharedCacheFailures.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>One reader's "this looks fine": one count per rule of the findings they saw, with the verdict shown.</summary>
    public void RecordFeedback(IEnumerable<string> ruleIds, string verdict)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        foreach (var ruleId in ruleIds)
        {
            _feedback.Add(1, new KeyValuePair<string, object?>("rule_id", ruleId), new KeyValuePair<string, object?>("verdict", verdict));
        }
    }
    /// <summary>One shared-cache entry that did not decrypt or was stored under another key (treated as a miss).</summary>
    public void RecordSharedCacheRejected() => _sharedCacheRejected.Add(1);

    /// <summary>One request refused by a rate limit (<c>user</c> or <c>concurrency</c>).</summary>
    public void RecordRateLimited(string limit) => _rateLimited.Add(1, new KeyValuePair<string, object?>("limit", limit));

    /// <summary>One refused access token; <paramref name="reason"/> is the validation exception's type name.</summary>
    public void RecordTokenRejected(string reason) => _tokenRejections.Add(1, new KeyValuePair<string, object?>("reason", reason));

    private void Record(MessageAnalysis analysis, string source, Activity? activity)
    {
        var verdict = Lower(analysis.Verdict);
        if (_analyses.Enabled)
        {
            _analyses.Add(1, new KeyValuePair<string, object?>("verdict", verdict), new KeyValuePair<string, object?>("source", source));
        }

        if (_findings.Enabled)
        {
            var findings = analysis.Findings;
            for (var i = 0; i < findings.Count; i++)
            {
                _findings.Add(
                    1,
                    new KeyValuePair<string, object?>("rule_id", findings[i].RuleId),
                    new KeyValuePair<string, object?>("severity", Lower(findings[i].Severity)));
            }
        }

        activity?.SetTag("outlookguard.verdict", verdict).SetTag("outlookguard.finding_count", analysis.Findings.Count);
    }

    // Tag values of the closed sets, without a string per analysis.
    private static string Lower(Verdict verdict) => verdict switch
    {
        Verdict.Safe => "safe",
        Verdict.Caution => "caution",
        Verdict.Danger => "danger",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private static string Lower(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        _ => severity.ToString().ToLowerInvariant(),
    };
}
