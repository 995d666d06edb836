namespace OutlookGuard.Api.Endpoints;

/// <summary>What the taskpane needs to ask Microsoft Entra ID for a token for this API (public values only).</summary>
/// <param name="ClientId">The API's application (client) id; null when the service has none configured.</param>
/// <param name="Scope">The delegated scope the taskpane requests: <c>api://{ClientId}/access_as_user</c>.</param>
/// <param name="Authority">The authority: <c>{Instance}{TenantId}</c>, or <c>{Instance}organizations</c> when multi-tenant.</param>
/// <param name="ReportMailbox">Where "Report to IT" writes to (<c>Guard:ReportMailbox</c>); null hides that action.</param>
/// <param name="HeadersFromPane">True with <c>Mailbox:Source=Client</c>: the pane sends the headers itself and never asks the service to read the mailbox.</param>
public sealed record TaskpaneConfig(string? ClientId, string? Scope, string Authority, string? ReportMailbox, bool HeadersFromPane);
