using System.Text.Json.Serialization;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Analysis;

/// <summary>Source-generated JSON for the contract: camelCase, nulls kept (a reader sees every field), no indentation.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnalysisResult))]
[JsonSerializable(typeof(GuardPolicy))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
