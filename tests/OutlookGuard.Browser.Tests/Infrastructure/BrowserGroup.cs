namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>The browser tests share one <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
