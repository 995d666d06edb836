
namespace OutlookGuard.Core.Policy;

/// <summary>One problem in a policy, naming the configuration key and the offending value.</summary>
/// <param name="Key">The configuration path, e.g. <c>Guard:InternalDomains:2</c>.</param>
/// <param name="Value">The value found there.</param>
/// <param name="Message">What is wrong, in fixed words.</param>
public sealed record PolicyError(string Key, string? Value, string Message)
{
    public override string ToString() => Value is null ? $"{Key}: {Message}" : $"{Key}: '{Value}' {Message}";
}
