using Microsoft.Net.Http.Headers;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// For endpoints that take an <see cref="AnalysisReader"/>: answers its problem (400 invalid-language, then 401
/// sign-in-required) without running the handler, and names the reader's language in the Content-Language of a
/// successful answer.
/// </summary>
internal sealed class AnalysisReaderFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var reader = ReaderOf(context);
        if (reader.Problem is { } problem)
        {
            return problem.ToResult();
        }

        var result = await next(context);
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            context.HttpContext.Response.Headers[HeaderNames.ContentLanguage] = reader.ContentLanguage;
        }

        return result;
    }

    // The handler's one AnalysisReader argument, found without LINQ (this runs on every analysis request).
    private static AnalysisReader ReaderOf(EndpointFilterInvocationContext context)
    {
        var arguments = context.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is AnalysisReader reader)
            {
                return reader;
            }
        }

        throw new InvalidOperationException("AnalysisReaderFilter is on an endpoint without an AnalysisReader parameter.");
    }
}
