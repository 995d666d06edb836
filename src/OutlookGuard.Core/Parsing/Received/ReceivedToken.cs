
namespace OutlookGuard.Core.Parsing.Received;

/// <summary>One piece of a Received value, as <see cref="ReceivedTokenizer"/> cut it.</summary>
internal readonly record struct ReceivedToken(ReceivedTokenKind Kind, string Text);
