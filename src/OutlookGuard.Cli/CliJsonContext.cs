using System.Text.Json.Serialization;

namespace OutlookGuard.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RuleRow))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
