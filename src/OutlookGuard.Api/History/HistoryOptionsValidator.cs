using Microsoft.Extensions.Options;
using OutlookGuard.Api.Mailbox;

namespace OutlookGuard.Api.History;

/// <summary>At start: <c>Mailbox:History</c> reads where messages are read (Graph with Graph, a folder with Folder).</summary>
internal sealed class HistoryOptionsValidator : IValidateOptions<MailboxOptions>
{
    public ValidateOptionsResult Validate(string? name, MailboxOptions options) => options.History switch
    {
        HistoryMode.Off => ValidateOptionsResult.Success,
        HistoryMode.Graph when options.Source == MailboxSource.Graph => ValidateOptionsResult.Success,
        HistoryMode.Graph => ValidateOptionsResult.Fail("Mailbox:History Graph needs Mailbox:Source Graph."),
        HistoryMode.Folder when options.Source != MailboxSource.Folder =>
            ValidateOptionsResult.Fail("Mailbox:History Folder needs Mailbox:Source Folder (it is for Development)."),
        HistoryMode.Folder => Directory.Exists(options.EffectiveHistoryFolder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Mailbox:HistoryFolder must name an existing folder when Mailbox:History is Folder."),
        _ => ValidateOptionsResult.Fail("Mailbox:History must be Off, Graph or Folder."),
    };
}
