using System.Text.RegularExpressions;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Localization;

/// <summary>The two wording tables agree with each other, with the code that uses them, and with the banner limit.</summary>
public sealed partial class WordingTests
{
    private static readonly Language[] Languages = [Language.En, Language.Ja];

    // Long but real-looking values: a long Japanese company-and-title display name, a long accounts-payable address
    // under a long multi-label domain, an IPv6 origin with a long host name.
    private static readonly Dictionary<string, string> LongArguments = new(StringComparer.Ordinal)
    {
        ["replyTo"] = "keiri-shiharai.tantousha.honbu@accounts-payable.hanabi-foods-holdings.co.jp",
        ["address"] = "keiri-shiharai.tantousha.honbu@accounts-payable.hanabi-foods-holdings.co.jp",
        ["fromName"] = "株式会社花火フーズホールディングス 経理財務本部 支払管理部 部長 山田 太郎",
        ["name"] = "株式会社花火フーズホールディングス 代表取締役社長 山田 太郎",
        ["brand"] = "Hanabi Foods Holdings Customer Support Center",
        ["owner"] = "hanabi-foods-holdings.co.jp",
        ["domain"] = "secure-mail-notifications.accounts-payable.hanabi-foods-holdings.co.jp",
        ["imitated"] = "hanabi-foods-holdings.co.jp",
        ["shown"] = "ceo.yamada.taro.office@hanabi-foods-holdings.co.jp",
        ["where"] = "2001:db8:85a3::8a2e:370:7334 (mail-relay-07.outbound.very-long-hosting-provider.example.com)",
    };

    // What a typical message carries.
    private static readonly Dictionary<string, string> TypicalArguments = new(StringComparer.Ordinal)
    {
        ["replyTo"] = "haruto.mori.office@gmail.com",
        ["address"] = "haruto.mori.office@gmail.com",
        ["fromName"] = "森 陽翔",
        ["name"] = "Haruto Mori",
        ["brand"] = "Amazon",
        ["owner"] = "amazon.com",
        ["domain"] = "hanabi-foods.jp",
        ["imitated"] = "hanabi-foods.co.jp",
        ["shown"] = "ceo@hanabi-foods.co.jp",
        ["where"] = "198.51.100.77 (smtp.sunshine-broadband.example)",
    };

    public static TheoryData<string> BannerKeys() =>
        [.. Wording.Table(Language.En).Keys.Where(IsBanner).Order(StringComparer.Ordinal)];

    [Fact]
    public void BothLanguages_HaveTheSameKeys()
    {
        var en = Wording.Table(Language.En).Keys.ToHashSet(StringComparer.Ordinal);
        var ja = Wording.Table(Language.Ja).Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(en.Except(ja));
        Assert.Empty(ja.Except(en));
    }

    [Fact]
    public void EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        Assert.All(Wording.Table(Language.En), entry =>
        {
            var en = Placeholders(entry.Value);
            var ja = Placeholders(Wording.Table(Language.Ja)[entry.Key]);
            Assert.True(en.SetEquals(ja), $"{entry.Key}: en {{{string.Join("}, {", en)}}} vs ja {{{string.Join("}, {", ja)}}}");
        });
    }

    [Fact]
    public void EveryText_IsNonEmpty_WithoutStrayBracesOrLineBreaks()
    {
        Assert.All(Languages.SelectMany(l => Wording.Table(l)), entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key);
            Assert.DoesNotContain('\n', entry.Value);
            Assert.Equal(entry.Value.Count(c => c == '{'), entry.Value.Count(c => c == '}'));
            Assert.Equal(entry.Value.Count(c => c == '{'), PlaceholderPattern().Count(entry.Value));
        });
    }

    [Fact]
    public void EveryKeyTheCodeNames_IsInTheTables_AndEveryKeyIsNamedByTheCode()
    {
        var used = KeysNamedInSources();
        var keys = Wording.Table(Language.En).Keys.ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 50, "Too few keys found in the sources: " + used.Count);
        Assert.Empty(used.Except(keys));
        Assert.Empty(keys.Where(k => !k.EndsWith(BannerText.ShortSuffix, StringComparison.Ordinal)).Except(used));
    }

    [Fact]
    public void EveryShortKey_IsTheShorterFormOfABanner()
    {
        Assert.All(Wording.Table(Language.En).Keys.Where(k => k.EndsWith(BannerText.ShortSuffix, StringComparison.Ordinal)), key =>
        {
            var banner = key[..^BannerText.ShortSuffix.Length];
            Assert.True(IsBanner(banner), key);
            Assert.All(Languages, language =>
            {
                var (shorter, full) = (Wording.Table(language)[key], Wording.Table(language)[banner]);
                Assert.True(
                    shorter.Length < full.Length || Placeholders(shorter).Count < Placeholders(full).Count,
                    $"{key} ({language}) is neither shorter nor leaves out an argument");
                Assert.Subset(Placeholders(full), Placeholders(shorter));
            });
        });
    }

    [Theory]
    [MemberData(nameof(BannerKeys))]
    public void Banner_WithLongRealisticArguments_FitsTheBannerLimit(string key)
    {
        Assert.All(Languages, language =>
        {
            var args = Arguments(key, language, LongArguments);
            var full = Wording.Get(language, key, args);

            var banner = BannerText.From(language, key, args);

            Assert.InRange(banner.Length, 1, BannerText.MaxLength);
            if (full.Length <= BannerText.MaxLength)
            {
                Assert.Equal(full, banner);
            }
            else if (Wording.Table(language).ContainsKey(key + BannerText.ShortSuffix)
                && Wording.Get(language, key + BannerText.ShortSuffix, args) is { Length: <= BannerText.MaxLength } shorter)
            {
                Assert.Equal(shorter, banner);
            }
            else
            {
                Assert.EndsWith("…", banner, StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [MemberData(nameof(BannerKeys))]
    public void Banner_WithTypicalArguments_NeedsNoCut(string key)
    {
        Assert.All(Languages, language =>
        {
            var full = Wording.Get(language, key, Arguments(key, language, TypicalArguments));

            Assert.True(full.Length <= BannerText.MaxLength, $"{key} ({language}) is {full.Length} characters: {full}");
        });
    }

    [Fact]
    public void ReplyToBanner_WithALongSenderName_UsesTheShorterSentence_NotACut()
    {
        var name = LongArguments["fromName"];

        var en = BannerText.From(Language.En, "reply-to-mismatch.banner.high", ("replyTo", "keiri-shiharai.honbu@hanabi-foods-holdings.co.jp"), ("fromName", name));
        var ja = BannerText.From(Language.Ja, "reply-to-mismatch.banner.high", ("replyTo", LongArguments["replyTo"]), ("fromName", name));

        Assert.Equal("Replies to this message go to keiri-shiharai.honbu@hanabi-foods-holdings.co.jp, not to the sender. Confirm by phone before acting.", en);
        Assert.Equal("このメッセージへの返信は送信者ではなく keiri-shiharai.tantousha.honbu@accounts-payable.hanabi-foods-holdings.co.jp に届きます。対応する前に電話で確認してください。", ja);
    }

    [Fact]
    public void Get_ArgumentHoldingAPlaceholder_IsNotFilledInAgain()
    {
        var text = Wording.Get(Language.En, "fake-thread.banner", ("replyTo", "{replyTo}@example.com"));

        Assert.Contains("replies go to {replyTo}@example.com.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownKeyOrMissingArgument_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Wording.Get(Language.En, "no-such-rule.title"));
        Assert.Throws<KeyNotFoundException>(() => Wording.Get(Language.Ja, "fake-thread.banner"));
    }

    private static bool IsBanner(string key) =>
        key.Contains(".banner", StringComparison.Ordinal) && !key.EndsWith(BannerText.ShortSuffix, StringComparison.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    // Every placeholder gets its sample; a phrase-valued placeholder (a threat, a country) gets the longest phrase of
    // that kind in the table, as the rule would pass it.
    private static (string Name, object? Value)[] Arguments(string key, Language language, Dictionary<string, string> samples) =>
    [
        .. Placeholders(Wording.Table(Language.En)[key]).Select(name => (name, (object?)(name switch
        {
            "threat" => Longest(language, "provider-verdict.threat."),
            "country" => Wording.Get(language, "sending-origin.unknown-country"),
            "language" or "usualLanguage" => Longest(language, "relationship.language."),
            "origin" or "usualOrigin" => new[] { Wording.Get(language, "relationship.origin.internal"), Wording.Get(language, "relationship.origin.country", ("country", "US")) }.MaxBy(o => o.Length),
            "from" => samples["address"],
            _ => samples.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No sample value for {{{name}}} in {key}."),
        }))),
    ];

    private static string Longest(Language language, string prefix) =>
        Wording.Table(language)
            .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && !e.Value.Contains('{', StringComparison.Ordinal))
            .MaxBy(e => e.Value.Length).Value;

    private static HashSet<string> KeysNamedInSources()
    {
        var areas = string.Join("|", RuleCatalog.Ids.Concat(["common", "analysis", "report", "reply-check", "relationship"]).Select(Regex.Escape));
        var literal = new Regex("\"((?:" + areas + @")\.[a-z0-9.-]+)""", RegexOptions.CultureInvariant);
        var root = Fixtures.RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src", "OutlookGuard.Core"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "OutlookGuard.Cli"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).StartsWith("Wording.", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return files.SelectMany(f => literal.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}
