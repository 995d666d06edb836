using OutlookGuard.Core.History;
using OutlookGuard.Core.Tests.Rules;

namespace OutlookGuard.Core.Tests.Relationship;

/// <summary>The bundled sample mailbox (samples/colleague-mailbox), read the way the command line reads a folder.</summary>
internal static class SampleMailbox
{
    public static MailboxHistory Load()
    {
        var root = Fixtures.PathOf("samples/colleague-mailbox");
        var engine = RuleTestKit.EngineFor(RuleTestKit.SamplePolicy);
        var received = Directory.GetFiles(root, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => engine.ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(f))));
        var sent = Directory.GetFiles(Path.Combine(root, "sent"), "*.eml").Order(StringComparer.Ordinal)
            .Select(f => engine.ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(f))));
        return MailboxHistory.Build(received, sent);
    }
}
