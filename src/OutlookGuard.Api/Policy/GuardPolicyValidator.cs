using Microsoft.Extensions.Options;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Api.Policy;

/// <summary>Checks the <c>Guard</c> section with Core's <see cref="PolicyValidator"/> at start: a typo stops the service, naming the key.</summary>
internal sealed class GuardPolicyValidator : IValidateOptions<GuardPolicy>
{
    public ValidateOptionsResult Validate(string? name, GuardPolicy options)
    {
        var errors = PolicyValidator.Validate(options, RuleCatalog.Ids);
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }
}
