namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>One message the fake Graph holds: the raw .eml it is built from, who owns it, and how Graph answers.</summary>
internal sealed record FakeGraphMessage(byte[] Eml, GraphBehavior Behavior, string? OwnerObjectId = null);
