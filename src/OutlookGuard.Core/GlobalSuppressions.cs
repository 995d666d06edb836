using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Scope = "namespace",
    Target = "~N:OutlookGuard.Core.Rules.Structure",
    Justification = "The rule groups are named for what they check; Core is consumed from C# only.")]
