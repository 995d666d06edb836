
namespace OutlookGuard.Core.Parsing.Received;

/// <summary>What a piece of a Received value is.</summary>
internal enum ReceivedTokenKind
{
    /// <summary>A run of non-space characters, a quoted string or an angle-bracketed address.</summary>
    Word,

    /// <summary>A comment (RFC 5322 §3.2.2), outer parentheses removed, nested ones kept as text.</summary>
    Comment,

    /// <summary>The ';' that opens the date (outside comments, quotes and angle brackets).</summary>
    Semicolon,
}
