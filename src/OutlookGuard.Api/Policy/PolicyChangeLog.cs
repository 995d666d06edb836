using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary>
/// One Information line each time the <c>Guard</c> policy is reloaded, naming what changed: which scope (the
/// defaults or a tenant id), which keys, and their entry counts. The entries themselves (names, domains) are logged
/// at Debug only.
/// </summary>
internal sealed partial class PolicyChangeLog(IOptionsMonitor<GuardPolicy> policy, ILogger<PolicyChangeLog> logger) : IHostedService, IDisposable
{
    private const string DefaultsScope = "defaults";
    private readonly Lock _gate = new();
    private Dictionary<string, Dictionary<string, HashSet<string>>> _last = [];
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _last = Snapshot(policy.CurrentValue);
        }

        _subscription = policy.OnChange(Changed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private void Changed(GuardPolicy current, string? name)
    {
        var next = Snapshot(current);
        Dictionary<string, Dictionary<string, HashSet<string>>> previous;
        lock (_gate)
        {
            previous = _last;
            _last = next;
        }

        var summary = new List<string>();
        foreach (var scope in previous.Keys.Union(next.Keys).Order(StringComparer.Ordinal))
        {
            var before = previous.GetValueOrDefault(scope);
            var after = next.GetValueOrDefault(scope);
            if (before is null || after is null)
            {
                summary.Add($"tenant {scope} {(before is null ? "added" : "removed")}");
            }

            var keys = new List<string>();
            foreach (var key in (before?.Keys ?? Enumerable.Empty<string>()).Union(after?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal))
            {
                var old = before?.GetValueOrDefault(key) ?? [];
                var @new = after?.GetValueOrDefault(key) ?? [];
                if (old.SetEquals(@new))
                {
                    continue;
                }

                keys.Add($"{key} {old.Count}→{@new.Count}");
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    var added = string.Join(", ", @new.Except(old));
                    var removed = string.Join(", ", old.Except(@new));
                    LogEntriesChanged(logger, scope, key, added, removed);
                }
            }

            if (keys.Count > 0 && before is not null && after is not null)
            {
                summary.Add($"{(scope == DefaultsScope ? scope : "tenant " + scope)}: {string.Join(", ", keys)}");
            }
        }

        if (summary.Count == 0)
        {
            LogUnchanged(logger);
            return;
        }

        var changes = string.Join("; ", summary);
        LogChanged(logger, changes);
    }

    /// <summary>Scope (defaults or tenant id) → key → entries; rule settings as "rule id=settings".</summary>
    private static Dictionary<string, Dictionary<string, HashSet<string>>> Snapshot(GuardPolicy policy)
    {
        var scopes = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.OrdinalIgnoreCase)
        {
            [DefaultsScope] = Entries(policy),
        };
        foreach (var (tenantId, tenant) in policy.Tenants)
        {
            scopes[tenantId] = Entries(tenant);
        }

        return scopes;
    }

    private static Dictionary<string, HashSet<string>> Entries(GuardPolicy policy) => new(StringComparer.Ordinal)
    {
        [nameof(GuardPolicy.InternalDomains)] = Set(policy.InternalDomains),
        [nameof(GuardPolicy.ProtectedNames)] = Set(policy.ProtectedNames),
        [nameof(GuardPolicy.ProtectedDomains)] = Set(policy.ProtectedDomains),
        [nameof(GuardPolicy.TrustedReplyToDomains)] = Set(policy.TrustedReplyToDomains),
        [nameof(GuardPolicy.FreemailDomains)] = Set(policy.FreemailDomains),
        [nameof(GuardPolicy.TrustedAuthServIds)] = Set(policy.TrustedAuthServIds),
        [nameof(GuardPolicy.GatewayHosts)] = Set(policy.GatewayHosts),
        [nameof(GuardPolicy.NotificationSenders)] = Set(policy.NotificationSenders),
        [nameof(GuardPolicy.UsualLanguages)] = Set(policy.UsualLanguages),
        [nameof(GuardPolicy.Rules)] = policy.Rules
            .Select(rule => rule.Key + "=" + JsonSerializer.Serialize(rule.Value, AnalysisJsonContext.Default.RuleSettings))
            .ToHashSet(StringComparer.Ordinal),
    };

    private static HashSet<string> Set(IEnumerable<string> values) => values.ToHashSet(StringComparer.Ordinal);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Guard policy reloaded: {Changes}")]
    private static partial void LogChanged(ILogger logger, string changes);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Guard policy {Scope} {Key}: added [{Added}], removed [{Removed}]")]
    private static partial void LogEntriesChanged(ILogger logger, string scope, string key, string added, string removed);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Guard policy reloaded without changes")]
    private static partial void LogUnchanged(ILogger logger);
}
