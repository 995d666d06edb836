
namespace OutlookGuard.Core.Rules;

/// <summary>
/// One detection rule: reads parsed facts, never raw header text, and never throws.
/// The built-in rules are small sealed classes deriving from <see cref="Rule"/>, which holds the descriptor.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Adds zero or more findings for the message in <paramref name="context"/>.</summary>
    void Evaluate(RuleContext context, ICollection<Analysis.Finding> findings);
}
