using System.Text;
using MimeKit;
using OutlookGuard.Core.Parsing.Fields;

namespace OutlookGuard.Core.Tests.Parsing;

public sealed class SimpleAddressTests
{
    [Theory]
    [InlineData("rachael@tyrellcorp.io")]
    [InlineData(" <bounces+123-abc=example.com@em.example.net>")]
    [InlineData("first.last+tag@mail.hanabi-foods.co.jp\r\n")]
    [InlineData("o'brien@example.ie")]
    public void PlainAddrSpec_ReadsWhatMimeKitReads(string value)
    {
        var read = SimpleAddress.TryRead(Encoding.ASCII.GetBytes(value));

        Assert.NotNull(read);
        Assert.True(MailboxAddress.TryParse(value, out var mailbox));
        Assert.Equal(mailbox.Address, read);
    }

    [Theory]
    [InlineData("Haruto Mori <haruto@hanabi-foods.co.jp>")]
    [InlineData("a@example.com, b@example.com")]
    [InlineData("\"quoted local\"@example.com")]
    [InlineData("user@xn--hanab-foods-xyz.jp")]
    [InlineData("user@localhost")]
    [InlineData("user.@example.com")]
    [InlineData("us..er@example.com")]
    [InlineData("user@example..com")]
    [InlineData("user@example.com (comment)")]
    [InlineData("=?utf-8?B?5qOu?= <mori@example.jp>")]
    [InlineData("<>")]
    [InlineData("")]
    public void AnythingElse_IsLeftToMimeKit(string value)
    {
        Assert.Null(SimpleAddress.TryRead(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void EveryTestMessage_FastPathAgreesWithMimeKit()
    {
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(Fixtures.PathOf(string.Empty), "*.eml", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            HeaderList headers;
            try
            {
                headers = HeaderList.Load(stream);
            }
            catch (FormatException)
            {
                // A deliberately malformed test message: nothing to compare.
                continue;
            }

            foreach (var header in headers.Where(h => h.Id is HeaderId.To or HeaderId.Cc or HeaderId.ReturnPath or HeaderId.ReplyTo))
            {
                if (SimpleAddress.TryRead(header.RawValue) is not { } read)
                {
                    continue;
                }

                Assert.True(InternetAddressList.TryParse(ParserOptions.Default, header.RawValue, out var list), file);
                Assert.Equal(((MailboxAddress)Assert.Single(list)).Address, read);
                compared++;
            }
        }

        Assert.True(compared > 20, $"only {compared} plain addresses in the test messages");
    }
}
