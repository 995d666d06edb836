using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// Where the message went: its origin and the Received hops (hosts, IPs, protocol, TLS, times). Relay names and
/// addresses only: no mailbox address, subject or body, so it may be cached with the verdict.
/// </summary>
/// <param name="Origin">Where the message entered the mail system from outside, when known.</param>
/// <param name="Received">The hops, topmost (newest) first, as in the header block.</param>
public sealed record SendingPath(OriginInfo? Origin, IReadOnlyList<ReceivedHop> Received);
