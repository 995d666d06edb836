using Microsoft.Extensions.Options;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary>
/// <c>IOptions&lt;GuardPolicy&gt;</c> that follows configuration reloads (the <see cref="IOptionsMonitor{TOptions}"/>
/// value), so a policy change applies without a restart. A reloaded policy that fails validation is not used: the
/// last valid one stays in force and a warning (the number of errors, not their text) is logged.
/// </summary>
internal sealed partial class CurrentGuardPolicy(IOptionsMonitor<GuardPolicy> monitor, ILogger<CurrentGuardPolicy> logger) : IOptions<GuardPolicy>
{
    private readonly Lock _gate = new();
    private GuardPolicy? _lastValid;
    private bool _rejected;

    public GuardPolicy Value
    {
        get
        {
            GuardPolicy? fallback;
            lock (_gate)
            {
                fallback = _lastValid;
            }

            try
            {
                var current = monitor.CurrentValue;
                lock (_gate)
                {
                    _lastValid = current;
                    _rejected = false;
                }

                return current;
            }
            catch (OptionsValidationException e) when (fallback is not null)
            {
                bool first;
                lock (_gate)
                {
                    first = !_rejected;
                    _rejected = true;
                }

                if (first)
                {
                    LogRejected(logger, e.Failures.Count());
                }

                return fallback;
            }
        }
    }

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Reloaded Guard policy refused ({ErrorCount} validation errors); the previous policy stays in force")]
    private static partial void LogRejected(ILogger logger, int errorCount);
}
