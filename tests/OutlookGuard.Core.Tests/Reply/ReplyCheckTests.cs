using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Reply;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Tests.Rules;

namespace OutlookGuard.Core.Tests.Reply;

/// <summary>The reply guard's decision over the bundled samples and the sample policy (hanabi-foods.co.jp).</summary>
public sealed class ReplyCheckTests
{
    private const string SeedReplyTo = "haruto.mori.office@gmail.com";
    private const string SeedFrom = "haruto.mori@hanabi-foods.co.jp";

    private static readonly GuardEngine Sample = RuleTestKit.EngineFor(RuleTestKit.SamplePolicy.Source);

    [Fact]
    public void SeedReply_ToItsReplyTo_WarnsWithTheSentence()
    {
        var check = Sample.CheckReply(Seed(), [new("Haruto Mori", SeedReplyTo)], Language.En);

        Assert.Equal(ReplyAction.Warn, check.Action);
        var flagged = Assert.Single(check.Flagged);
        Assert.Equal(new FlaggedRecipient(SeedReplyTo, ReplyReasons.ReplyToDivergence), flagged);
        Assert.StartsWith($"Your reply goes to {SeedReplyTo}, not to Haruto Mori ({SeedFrom}).", check.Message, StringComparison.Ordinal);
        Assert.Equal($"Replies to this message go to {SeedReplyTo}, not to Haruto Mori. Check the recipients before you send.", check.Banner);
        Assert.Equal(new ReplyAddress("Haruto Mori", SeedFrom), check.Original!.From);
        Assert.Equal(SeedReplyTo, Assert.Single(check.Original.ReplyTo).Address);
    }

    [Fact]
    public void SeedReply_InJapanese_WarnsInJapanese()
    {
        var check = Sample.CheckReply(Seed(), [new(null, SeedReplyTo)], Language.Ja);

        Assert.StartsWith($"この返信は Haruto Mori（{SeedFrom}）ではなく {SeedReplyTo} に届きます。", check.Message, StringComparison.Ordinal);
        Assert.StartsWith("この返信は Haruto Mori ではなく", check.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedReply_ToItsFrom_Allows()
    {
        var check = Sample.CheckReply(Seed(), [new("Haruto Mori", SeedFrom)], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
        Assert.Null(check.Message);
        Assert.Null(check.Banner);
        Assert.Empty(check.Flagged);
        Assert.NotNull(check.Original);
    }

    [Fact]
    public void SeedReplyAll_FlagsOnlyTheReplyTo_NotTheColleagues()
    {
        var check = Sample.CheckReply(
            Seed(),
            [new("Haruto Mori", SeedReplyTo), new("Ren Takahashi", "ren.takahashi@hanabi-foods.co.jp"), new("Aoi Suzuki", "aoi.suzuki@hanabi-foods.co.jp")],
            Language.En);

        Assert.Equal(SeedReplyTo, Assert.Single(check.Flagged).Address);
    }

    [Fact]
    public void LegitimateColleagueReply_ToSenderAndCc_Allows()
    {
        var original = MessageInput.FromBytes(Fixtures.Bytes("samples/colleague-legitimate.eml"));

        var check = Sample.CheckReply(original, [new(null, SeedFrom), new(null, "ren.takahashi@hanabi-foods.co.jp")], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
    }

    [Fact]
    public void NewsletterReply_ToItsOwnReplyTo_Allows()
    {
        var original = MessageInput.FromBytes(Fixtures.Bytes("samples/newsletter-constantcontact.txt"));

        var check = Sample.CheckReply(original, [new(null, "memberservices@wtvi.org")], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
    }

    [Fact]
    public void NewMessage_ToALookalikeOfTheInternalDomain_WarnsWithoutAnOriginal()
    {
        var check = Sample.CheckReply(null, [new("Haruto Mori", "haruto.mori@hanabi-fooods.co.jp")], Language.En);

        Assert.Equal(ReplyAction.Warn, check.Action);
        Assert.Equal(ReplyReasons.LookalikeDomain, Assert.Single(check.Flagged).Reason);
        Assert.Equal(
            "haruto.mori@hanabi-fooods.co.jp is not at hanabi-foods.co.jp (your organization's domain): its domain hanabi-fooods.co.jp only imitates it. Check the recipient before you send.",
            check.Message);
        Assert.Null(check.Original);
    }

    [Fact]
    public void NewMessage_ToAnOrdinaryOutsideAddress_Allows()
    {
        var check = Sample.CheckReply(null, [new("Sales", "sales@sakura-trading.co.jp"), new("Friend", "someone@gmail.com")], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
        Assert.Empty(check.Flagged);
    }

    [Fact]
    public void NewMessage_ToFreemailShowingAProtectedName_Warns()
    {
        var check = Sample.CheckReply(null, [new("Kenji Watanabe", "kenji.w.1970@gmail.com")], Language.En);

        Assert.Equal(new FlaggedRecipient("kenji.w.1970@gmail.com", ReplyReasons.NameOnFreemail), Assert.Single(check.Flagged));
        Assert.StartsWith("kenji.w.1970@gmail.com shows the name Kenji Watanabe but is a free-mail address", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_ToFreemailShowingAColleagueOfTheOriginal_Warns()
    {
        // Yui Sato is a To recipient of the seed message at hanabi-foods.co.jp; not a protected name.
        var check = Sample.CheckReply(Seed(), [new("Yui Sato", "yui.sato.home@gmail.com")], Language.En);

        Assert.Equal(ReplyReasons.NameOnFreemail, Assert.Single(check.Flagged).Reason);
    }

    [Fact]
    public void Reply_ToACompanyAddressShowingAColleagueName_Allows()
    {
        var check = Sample.CheckReply(Seed(), [new("Yui Sato", "yui.sato@sakura-trading.co.jp")], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
    }

    [Fact]
    public void SeveralFlagged_TheSentenceNamesTheOthers()
    {
        var check = Sample.CheckReply(Seed(), [new(null, SeedReplyTo), new("Kenji Watanabe", "kenji.w.1970@gmail.com")], Language.En);

        Assert.Equal(2, check.Flagged.Count);
        Assert.EndsWith(" Check these recipients too: kenji.w.1970@gmail.com.", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplyGuardSwitchedOff_AllowsTheSeedReply()
    {
        var policy = SamplePolicyWith(p => p.ReplyGuard.Enabled = false);

        var check = policy.CheckReply(Seed(), [new(null, SeedReplyTo)], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
        Assert.NotNull(check.Original);
    }

    [Fact]
    public void ReplyToAndNameRulesSwitchedOff_AllowTheSeedReply()
    {
        var policy = SamplePolicyWith(p =>
        {
            p.Rules[RuleIds.ReplyToMismatch] = new RuleSettings { Enabled = false };
            p.Rules[RuleIds.DisplayNameImpersonation] = new RuleSettings { Enabled = false };
        });

        Assert.Equal(ReplyAction.Allow, policy.CheckReply(Seed(), [new("Haruto Mori", SeedReplyTo)], Language.En).Action);
    }

    [Fact]
    public void TrustedReplyToDomain_NeverWarns()
    {
        // zendesk.com is trusted in the sample policy; a look-alike-free name on it is allowed even with a protected name.
        var check = Sample.CheckReply(null, [new("Kenji Watanabe", "support@hanabi.zendesk.com")], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("@gmail.com")]
    [InlineData("someone@")]
    [InlineData("two words@gmail.com")]
    public void MalformedRecipient_IsSkipped(string address)
    {
        var check = Sample.CheckReply(Seed(), [new("Haruto Mori", address)], Language.En);

        Assert.Equal(ReplyAction.Allow, check.Action);
    }

    [Fact]
    public void UnreadableOriginal_StillChecksTheRecipients()
    {
        var check = Sample.CheckReply(MessageInput.FromText("this is not a header block\0\0"), [new(null, "a@hanabi-fooods.co.jp")], Language.En);

        Assert.Equal(ReplyReasons.LookalikeDomain, Assert.Single(check.Flagged).Reason);
        Assert.Null(check.Original);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ja)]
    public void LongAddressesAndNames_StayWithinOutlooksLimits(Language language)
    {
        var longLocal = new string('k', 60) + "." + new string('t', 60);
        var raw = Fixtures.Text("samples/colleague-reply-to-gmail.eml")
            .Replace("\"Haruto Mori\" <haruto.mori.office@gmail.com>", $"\"株式会社花火フーズホールディングス 経理財務本部 支払管理部 部長 山田 太郎\" <{longLocal}@gmail.com>", StringComparison.Ordinal)
            .Replace("From: \"Haruto Mori\"", "From: \"株式会社花火フーズホールディングス 経理財務本部 支払管理部 部長 山田 太郎\"", StringComparison.Ordinal);
        var recipients = new List<ReplyAddress> { new(null, longLocal + "@gmail.com") };
        recipients.AddRange(Enumerable.Range(0, 10).Select(i => new ReplyAddress("Kenji Watanabe", $"{longLocal}{i}@gmail.com")));

        var check = Sample.CheckReply(MessageInput.FromText(raw), recipients, language);

        Assert.Equal(ReplyReasons.ReplyToDivergence, check.Flagged[0].Reason);
        Assert.Equal(11, check.Flagged.Count);
        Assert.InRange(check.Message!.Length, 1, 500);
        Assert.InRange(check.Banner!.Length, 1, 150);
    }

    private static MessageInput Seed() => MessageInput.FromBytes(Fixtures.Bytes("samples/colleague-reply-to-gmail.eml"));

    private static GuardEngine SamplePolicyWith(Action<GuardPolicy> change)
    {
        var (policy, errors) = PolicyJson.Parse(Fixtures.Text("samples/policy.json"), RuleCatalog.Ids);
        Assert.Empty(errors);
        change(policy!);
        return RuleTestKit.EngineFor(policy!);
    }
}
