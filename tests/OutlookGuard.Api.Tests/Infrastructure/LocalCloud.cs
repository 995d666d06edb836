namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>The local stand-ins for Microsoft's cloud, started once for all tests: the identity provider and Graph.</summary>
public sealed class LocalCloud : IAsyncLifetime
{
    public const string TenantA = "7a2d9c4e-1b3f-4e5a-8c6d-0f1e2a3b4c5d";
    public const string TenantB = "3f8e1d2c-6b5a-4978-8e9f-a0b1c2d3e4f5";
    public const string TenantNotAllowed = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    internal LocalIdentityProvider Identity { get; private set; } = null!;

    internal FakeGraph Graph { get; private set; } = null!;

    /// <summary>One API with the default test settings, shared by tests that need nothing of their own (each host start costs time).</summary>
    internal ApiFactory SharedApi => _sharedApi ??= new ApiFactory(this);

    private ApiFactory? _sharedApi;

    public async Task InitializeAsync()
    {
        Identity = await LocalIdentityProvider.StartAsync();
        Graph = await FakeGraph.StartAsync(Identity);
    }

    public async Task DisposeAsync()
    {
        if (_sharedApi is not null)
        {
            await _sharedApi.DisposeAsync();
        }

        await Graph.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
