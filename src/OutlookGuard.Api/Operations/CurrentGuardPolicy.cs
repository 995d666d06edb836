using Microsoft.Extensions.Options;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Operations;

/// <summary>
/// <c>IOptions&lt;GuardPolicy&gt;</c> that follows configuration reloads: the last policy that passed validation
/// (the <see cref="IOptionsMonitor{TOptions}"/> value), so a policy change applies without a restart.
/// </summary>
internal sealed class CurrentGuardPolicy(IOptionsMonitor<GuardPolicy> monitor) : IOptions<GuardPolicy>
{
    public GuardPolicy Value => monitor.CurrentValue;
}
