using System.Text.Json.Serialization;

namespace OutlookGuard.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RuleRow))]
[JsonSerializable(typeof(OutlookGuard.Core.Reply.ReplyCheck))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
