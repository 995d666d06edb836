using Microsoft.AspNetCore.Http.HttpResults;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// One fixed RFC 9457 problem: the same words every time, never exception text or header values, in English and
/// Japanese. <see cref="ToResult"/> writes the English words; <see cref="ProblemLanguage"/> swaps in the Japanese
/// ones when the request asks for Japanese (<c>?lang=ja</c> or Accept-Language), the code staying the same.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">A stable machine-readable code, sent as the <c>code</c> extension.</param>
/// <param name="Title">A few words.</param>
/// <param name="Detail">What happened and what to do.</param>
/// <param name="JapaneseTitle">The title in Japanese.</param>
/// <param name="JapaneseDetail">The detail in Japanese.</param>
public sealed record ProblemText(int Status, string Code, string Title, string Detail, string JapaneseTitle, string JapaneseDetail)
{
    public ProblemHttpResult ToResult() =>
        TypedResults.Problem(
            detail: Detail,
            statusCode: Status,
            title: Title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code });

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string TitleIn(Language language) => language == Language.Ja ? JapaneseTitle : Title;

    /// <summary>The detail in <paramref name="language"/>.</summary>
    public string DetailIn(Language language) => language == Language.Ja ? JapaneseDetail : Detail;
}
