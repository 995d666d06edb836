
namespace OutlookGuard.Core.Policy;

/// <summary>A policy file: a JSON object whose <c>Guard</c> property holds the policy, the same shape as appsettings.json.</summary>
public sealed class PolicyDocument
{
    public GuardPolicy? Guard { get; set; }
}
