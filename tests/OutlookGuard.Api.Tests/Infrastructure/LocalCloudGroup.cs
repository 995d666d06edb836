namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>Every test class that talks to the local cloud shares one instance of it.</summary>
[CollectionDefinition(Name)]
public sealed class LocalCloudGroup : ICollectionFixture<LocalCloud>
{
    public const string Name = "local cloud";
}
