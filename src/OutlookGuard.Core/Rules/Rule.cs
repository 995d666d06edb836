using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules;

/// <summary>
/// The base of the built-in rules: the descriptor given once, and an <see cref="Evaluate"/> that checks its
/// arguments before <see cref="Run"/> reads the message.
/// </summary>
public abstract class Rule(RuleDescriptor descriptor) : IRule
{
    public RuleDescriptor Descriptor { get; } = descriptor ?? throw new ArgumentNullException(nameof(descriptor));

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        Run(context, findings);
    }

    /// <summary>Adds zero or more findings for the message in <paramref name="context"/>; never throws.</summary>
    protected abstract void Run(RuleContext context, ICollection<Finding> findings);
}
