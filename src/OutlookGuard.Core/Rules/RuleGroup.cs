namespace OutlookGuard.Core.Rules;

/// <summary>What a rule looks at; each group is a folder under <c>Rules/</c> and a column of the rule table.</summary>
public enum RuleGroup
{
    /// <summary>Who the message claims to be from: From, Reply-To, display names, look-alike domains.</summary>
    Identity = 0,

    /// <summary>What the receiving system verified: DMARC, compauth, Microsoft 365's own verdict.</summary>
    Authentication = 1,

    /// <summary>What the message says: the subject and body preview.</summary>
    Content = 2,

    /// <summary>How the message travelled: the Received chain and where it entered.</summary>
    Transport = 3,

    /// <summary>Whether the header block itself is well formed.</summary>
    Structure = 4,

    /// <summary>How the message compares with the user's own history with the sender: Reply-To, language, origin.</summary>
    Relationship = 5,
}
