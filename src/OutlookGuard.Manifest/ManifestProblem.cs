namespace OutlookGuard.Manifest;

/// <summary>One reason a manifest would be refused by Outlook or would not work for the configured host.</summary>
/// <param name="Check">Which check failed: <c>schema</c>, <c>resid</c>, <c>url</c>, <c>events</c> or <c>taskpane</c> (XML); <c>unified</c> (JSON).</param>
/// <param name="Message">What is wrong, naming the element or value.</param>
public sealed record ManifestProblem(string Check, string Message)
{
    public override string ToString() => $"{Check}: {Message}";
}
