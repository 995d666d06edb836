using System.Diagnostics.CodeAnalysis;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core;

/// <summary>What <see cref="GuardEngine.Create"/> gives: an engine, or every error of the policy with its key path.</summary>
public sealed record EngineBuild
{
    internal EngineBuild(GuardEngine? engine, IReadOnlyList<PolicyError> errors)
    {
        Engine = engine;
        Errors = errors;
    }

    /// <summary>The engine; null when the policy has errors.</summary>
    public GuardEngine? Engine { get; }

    /// <summary>Every problem found in the policy; empty when <see cref="Engine"/> is set.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Engine))]
    public bool Succeeded => Engine is not null;

    /// <summary>The engine, or an <see cref="ArgumentException"/> that lists every policy error (for callers that validated before).</summary>
    public GuardEngine GetEngineOrThrow() => Engine
        ?? throw new ArgumentException("The policy is invalid: " + string.Join("; ", Errors), "policy");
}
