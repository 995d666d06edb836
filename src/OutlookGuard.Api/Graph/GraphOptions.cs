using System.ComponentModel.DataAnnotations;

namespace OutlookGuard.Api.Graph;

/// <summary>The <c>Graph</c> section: where Microsoft Graph is and how long to wait for it.</summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    /// <summary>The Graph endpoint with its version. Default <c>https://graph.microsoft.com/v1.0</c>; national clouds have their own.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The scope asked for in the On-Behalf-Of exchange. Default <c>{scheme}://{host of BaseUrl}/.default</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Seconds one analysis may wait for Graph, retries included. Default 15.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Retries after 408, 429, 5xx and network errors (honouring Retry-After). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The scope actually used.</summary>
    public string EffectiveScope =>
        !string.IsNullOrWhiteSpace(Scope) ? Scope : $"{BaseUri.GetLeftPart(UriPartial.Authority)}/.default";

    /// <summary><see cref="BaseUrl"/> without a trailing slash, as a URI.</summary>
    public Uri BaseUri => new(BaseUrl.TrimEnd('/'));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Graph:BaseUrl must be an absolute https URL.", [nameof(BaseUrl)]);
        }
    }
}
