using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>The bundled samples through the whole analyzer with the bundled policy: verdict, lead rule, findings.</summary>
public sealed class SampleVerdictTests
{
    private static AnalysisResult Analyze(string relative, Language language = Language.En) =>
        EngineFor(SamplePolicy).Analyze(MessageInput.FromBytes(Fixtures.Bytes(relative)), language);

    [Fact]
    public void ColleagueReplyToGmail_IsDanger_AndTheBannerNamesTheGmailAddress()
    {
        var result = Analyze("samples/colleague-reply-to-gmail.eml");

        Assert.Equal(Verdict.Danger, result.Verdict);
        Assert.Equal(RuleIds.ReplyToMismatch, result.Findings[0].RuleId);
        Assert.Equal(
            "Replies to this message go to haruto.mori.office@gmail.com, not to Haruto Mori. Confirm by phone before acting.",
            result.Banner);
        var ids = result.Findings.Select(f => f.RuleId).ToHashSet();
        Assert.Superset(new HashSet<string> { RuleIds.ReplyToMismatch, RuleIds.InternalDomainSpoof, RuleIds.BecContent, RuleIds.SendingOrigin }, ids);
    }

    [Fact]
    public void SpoofedInternalDomain_IsDanger_LedByInternalDomainSpoof()
    {
        var result = Analyze("samples/spoofed-internal-domain.eml", Language.Ja);

        Assert.Equal(Verdict.Danger, result.Verdict);
        Assert.Equal(RuleIds.InternalDomainSpoof, result.Findings[0].RuleId);
        Assert.Contains("hanabi-foods.co.jp", result.Banner, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.ProviderVerdict);
    }

    [Theory]
    [InlineData("samples/colleague-legitimate.eml")]
    [InlineData("samples/mailing-list-via.eml")]
    [InlineData("rules/blaze-004-discourse-list.txt")]
    [InlineData("rules/blaze-005-linux-kernel-list.txt")]
    public void LegitimateMail_IsSafe(string relative)
    {
        var result = Analyze(relative);

        Assert.Equal(Verdict.Safe, result.Verdict);
        Assert.Null(result.Banner);
    }

    [Fact]
    public void ConstantContactNewsletter_IsNeverDanger_AndHasNoHighFinding()
    {
        var result = Analyze("samples/newsletter-constantcontact.txt");

        Assert.NotEqual(Verdict.Danger, result.Verdict);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.High);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.ReplyToMismatch && f.Severity >= Severity.Medium);
    }
}
