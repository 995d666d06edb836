using OutlookGuard.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOutlookGuard();

var app = builder.Build();
app.MapOutlookGuard();
app.Run();

/// <summary>The entry point; public so the integration tests can host it.</summary>
public partial class Program;
