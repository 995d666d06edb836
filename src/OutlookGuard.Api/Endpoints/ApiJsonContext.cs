using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Replies;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Reply;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// Source-generated JSON for every body the API reads or writes (web defaults: camelCase, case-insensitive reads), so
/// no request builds serialization metadata by reflection. First in the minimal APIs' resolver chain
/// (<see cref="ApiJson.AddApiJson"/>); request bodies are read with its type info (<see cref="JsonRequestBody"/>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MessageAnalysis))]
[JsonSerializable(typeof(ReplyCheck))]
[JsonSerializable(typeof(GuardPolicy))]
[JsonSerializable(typeof(TaskpaneConfig))]
[JsonSerializable(typeof(HeaderAnalysisRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(ReplyCheckRequest))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
