
namespace OutlookGuard.Core.Domains;

/// <summary>A domain that resembles another one.</summary>
/// <param name="Kind">How it resembles it.</param>
/// <param name="Candidate">The domain found in the message.</param>
/// <param name="Target">The internal or protected domain it imitates; null for an IDN judged on its own.</param>
/// <param name="Imitated">What a reader would take it for, for the finding's text: the target's registrable domain in U-label form, or the ASCII spelling an IDN imitates.</param>
public sealed record LookalikeMatch(LookalikeKind Kind, DomainName Candidate, DomainName? Target, string Imitated);
