using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Headers;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Analysis;

/// <summary>The effective policy of one tenant, compiled once, with the analyzer and parser options built from it.</summary>
/// <param name="Effective">The defaults merged with <c>Guard:Tenants:{tid}</c>.</param>
/// <param name="Analyzer">The analyzer for this policy.</param>
/// <param name="ParserOptions">The parser options for this policy.</param>
/// <param name="Version">A short hash of the effective policy: part of every verdict cache key, and the ETag of <c>GET /api/policy</c>.</param>
public sealed record TenantPolicy(GuardPolicy Effective, GuardAnalyzer Analyzer, MessageParserOptions ParserOptions, string Version);
