
namespace OutlookGuard.Core.Rules;

/// <summary>
/// One detection rule: reads parsed facts, never raw header text, and never throws.
/// Implementations are small sealed classes with a static descriptor.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Adds zero or more findings for the message in <paramref name="context"/>.</summary>
    void Evaluate(RuleContext context, ICollection<Analysis.Finding> findings);
}
