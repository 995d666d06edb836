using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules.Content;

namespace OutlookGuard.Core.Rules;

/// <summary>What a rule sees: the parsed message, the compiled policy, the reader's language and the user's history with the sender.</summary>
public sealed class RuleContext
{
    private string? _cueSubject;
    private string? _cueBody;

    public RuleContext(MessageFacts message, CompiledPolicy policy, Language language, CorrespondenceHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(policy);
        Message = message;
        Policy = policy;
        Language = language;
        History = history is not null && history.IsAbout(message.From.Count > 0 ? message.From[0].Address : null)
            ? history
            : CorrespondenceHistory.Unknown;
    }

    public MessageFacts Message { get; }

    public CompiledPolicy Policy { get; }

    public Language Language { get; }

    /// <summary>
    /// The user's history with the From address; <see cref="CorrespondenceHistory.Unknown"/> when none was read or
    /// when the history given is about another address.
    /// </summary>
    public CorrespondenceHistory History { get; }

    /// <summary>The single From mailbox rules reason about: the first one, or null when there is none.</summary>
    public NamedAddress? From => Message.From.Count > 0 ? Message.From[0] : null;

    /// <summary>The Subject as cue phrases are compared with it (<see cref="CueMatcher.Normalize"/>), once for every rule.</summary>
    internal string CueSubject => _cueSubject ??= Message.Subject is { Length: > 0 } subject ? CueMatcher.Normalize(subject) : string.Empty;

    /// <summary>The body preview as cue phrases are compared with it, once for every rule.</summary>
    internal string CueBody => _cueBody ??= Message.BodyPreview is { Length: > 0 } body ? CueMatcher.Normalize(body) : string.Empty;

    /// <summary>The wording of <paramref name="key"/> in the reader's language (see <see cref="Wording"/>).</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, object? Value)> args) => Wording.Get(Language, key, args);

    /// <summary>A banner in the reader's language that fits the banner's limit (see <see cref="BannerText.From"/>).</summary>
    public string Banner(string key, params ReadOnlySpan<(string Name, object? Value)> args) => BannerText.From(Language, key, args);
}
