namespace OutlookGuard.Core.Localization;

/// <summary>The English wording, in the order of the rules (see <see cref="Wording"/> for why it is a C# table).</summary>
public static partial class Wording
{
    private static readonly Dictionary<string, string> En = new(StringComparer.Ordinal)
    {
        // Shared by several rules.
        ["common.absent"] = "(absent)",
        ["common.compauth-reason"] = " Microsoft's compauth reason {code}: {explanation}.",

        // reply-to-mismatch
        ["reply-to-mismatch.title"] = "Replies go to another organization",
        ["reply-to-mismatch.detail"] = "Replies go to {replyTo} ({replyToDomain}), not to the sender's organization ({fromDomain}). {reason}{extras}",
        ["reply-to-mismatch.reason.free-mail"] = "The Reply-To is a free-mail address while the sender writes from an organization's domain.",
        ["reply-to-mismatch.reason.colleague"] = "The sender appears to be a colleague (your organization's domain), but replies leave the organization.",
        ["reply-to-mismatch.reason.protected-name"] = "The sender's name is a protected name, but replies go elsewhere.",
        ["reply-to-mismatch.reason.recipients-domain"] = "The sender shares the recipients' domain, as a colleague would, but replies leave it.",
        ["reply-to-mismatch.reason.imitation"] = "The Reply-To domain imitates {imitated}.",
        ["reply-to-mismatch.reason.also-sent"] = "The Reply-To's organization also sent the message (Sender or Return-Path), as mailing services do.",
        ["reply-to-mismatch.reason.nowhere-else"] = "The Reply-To's organization appears nowhere else in the message.",
        ["reply-to-mismatch.extras.name-and-return-path"] = " The Reply-To copies the sender's display name, and the Return-Path leaves the sender's organization too.",
        ["reply-to-mismatch.extras.name"] = " The Reply-To copies the sender's display name.",
        ["reply-to-mismatch.extras.return-path"] = " The Return-Path leaves the sender's organization too.",
        ["reply-to-mismatch.banner.high"] = "Replies to this message go to {replyTo}, not to {fromName}. Confirm by phone before acting.",
        ["reply-to-mismatch.banner.high.short"] = "Replies to this message go to {replyTo}, not to the sender. Confirm by phone before acting.",
        ["reply-to-mismatch.banner"] = "Replies to this message go to {replyTo}, outside the sender's organization. Check the address before you reply.",

        // internal-domain-spoof
        ["internal-domain-spoof.title"] = "Your own domain, sent from outside",
        ["internal-domain-spoof.detail"] = "The From address uses your organization's domain {domain}, but the message came from outside the organization and did not pass authentication ({results}).{compauth}",
        ["internal-domain-spoof.banner"] = "This message claims to be from {domain} but came from outside your organization. Do not act on it before checking with the sender.",

        // display-name-impersonation
        ["display-name-impersonation.name.title"] = "The sender uses the name {name}",
        ["display-name-impersonation.name.detail"] = "The display name shows {name}, a protected name in your organization's policy, but the address is {address}, outside the organization. Anyone can type any name in front of their address.",
        ["display-name-impersonation.name.detail.free-mail"] = "The display name shows {name}, a protected name in your organization's policy, but the address is {address}, a free-mail mailbox outside the organization. Anyone can type any name in front of their address.",
        ["display-name-impersonation.name.banner"] = "This shows the name {name} but comes from {address}, an outside address. Confirm with {name} by phone before acting.",
        ["display-name-impersonation.address.title"] = "The display name shows a different address",
        ["display-name-impersonation.address.detail.same-organization"] = "The display name reads {shown}, but the message was sent from {address} (another mailbox of the same domain). The address shown is only part of the name; the message did not come from it.",
        ["display-name-impersonation.address.detail"] = "The display name reads {shown}, but the message was sent from {address}, a different organization. The address shown is only part of the name; the message did not come from it.",
        ["display-name-impersonation.address.banner"] = "The name shows {shown}, but the real sender is {address}. Don't reply or act before checking.",
        ["display-name-impersonation.brand.title"] = "The sender uses the name {brand}",
        ["display-name-impersonation.brand.detail"] = "The display name is {brand}, the name of {owner}, but the address is {address}, a free-mail mailbox anyone can open. Anyone can type any name in front of their address.",
        ["display-name-impersonation.brand.banner"] = "This uses the name {brand} but comes from {address}, not from {owner}. Don't open links or reply.",

        // lookalike-domain
        ["lookalike-domain.title"] = "{domain} imitates {imitated}",
        ["lookalike-domain.detail"] = "The {header} domain {shown} is not {imitated}{whose}: it {how}. Such names are registered to be mistaken for the real one.",
        ["lookalike-domain.whose.internal"] = " (your organization's domain)",
        ["lookalike-domain.whose.protected"] = " (a protected domain)",
        ["lookalike-domain.how.homoglyph"] = "is spelled with look-alike characters",
        ["lookalike-domain.how.mixed-script"] = "mixes alphabets (Latin with Cyrillic or Greek letters) in one name",
        ["lookalike-domain.how.idn-imitation"] = "uses accented letters so that it reads as the name in the sender's display name",
        ["lookalike-domain.how.typo"] = "differs from it by one character",
        ["lookalike-domain.how.transposition"] = "has two letters swapped",
        ["lookalike-domain.how.swapped-suffix"] = "is the same name under another ending",
        ["lookalike-domain.how.hyphenation"] = "adds or drops a hyphen",
        ["lookalike-domain.how.added-word"] = "adds a word to the name",
        ["lookalike-domain.how.embedded-domain"] = "puts the real name in front of someone else's domain",
        ["lookalike-domain.how.other"] = "resembles it",
        ["lookalike-domain.banner.reply-to"] = "Replies go to {domain}, which only looks like {imitated}. Check with the sender another way before replying.",
        ["lookalike-domain.banner"] = "{domain} only looks like {imitated}. Don't reply, open links or pay before checking another way.",

        // auth-failure
        ["auth-failure.title"] = "Sender authentication failed",
        ["auth-failure.detail"] = "Your mail system could not confirm that {domain} sent this message ({results}).{compauth}{policy}",
        ["auth-failure.policy-enforced"] = " The domain's own policy asks receivers to quarantine or reject such mail.",
        ["auth-failure.banner.high"] = "This message failed {domain}'s own sender check and may be forged. Confirm with the sender another way before acting.",
        ["auth-failure.banner"] = "The sender {domain} could not be verified for this message. Treat its links and requests with care.",

        // provider-verdict
        ["provider-verdict.threat.title"] = "Microsoft 365 flagged this message",
        ["provider-verdict.threat.detail"] = "Exchange Online Protection classified this message as {threat} (CAT:{category}).{bypass}",
        ["provider-verdict.threat.banner"] = "Microsoft 365 identified this message as {threat}. Do not open its links or reply; report it.",
        ["provider-verdict.threat.spoof"] = "spoofing (the sender's domain is forged)",
        ["provider-verdict.threat.phish"] = "phishing",
        ["provider-verdict.threat.high-confidence-phish"] = "high-confidence phishing",
        ["provider-verdict.threat.user-impersonation"] = "impersonation of a person",
        ["provider-verdict.threat.domain-impersonation"] = "impersonation of a domain",
        ["provider-verdict.threat.mailbox-intelligence"] = "impersonation detected by mailbox intelligence",
        ["provider-verdict.threat.malware"] = "malware",
        ["provider-verdict.threat.internal-phish"] = "phishing from inside the organization",
        ["provider-verdict.spam.title"] = "Microsoft 365 rated this message as spam",
        ["provider-verdict.spam.detail"] = "Exchange Online Protection rated this message as spam.{bypass}",
        ["provider-verdict.spam.banner"] = "Microsoft 365 rated this message as spam. Treat its links and requests with care.",
        ["provider-verdict.bypass.title"] = "Spam filtering was skipped",
        ["provider-verdict.bypass.detail"] = "Spam filtering was bypassed for this message from outside: {reasons}.",
        ["provider-verdict.bypass.separator"] = "; ",
        ["provider-verdict.bypass.skn"] = "a mail flow rule marked it as not spam (SFV:SKN)",
        ["provider-verdict.bypass.ska"] = "an allow list in the anti-spam policy let it through (SFV:SKA)",
        ["provider-verdict.bypass.cal"] = "the sending IP is on the connection filter's allow list (IPV:CAL)",
        ["provider-verdict.bypass.scl"] = "its spam confidence level was set to -1, which skips filtering (SCL:-1)",
        ["provider-verdict.bypass.banner"] = "An allow rule let this message skip Microsoft 365's spam filtering. Check the sender before acting.",

        // fake-thread
        ["fake-thread.title"] = "A reply to a conversation that never happened",
        ["fake-thread.detail"] = "The subject starts with \"{prefix}\" as a reply or forward would, but the message refers to no earlier message (no In-Reply-To or References), and replies go to {replyTo}.",
        ["fake-thread.banner"] = "This message poses as a reply, but no earlier conversation exists and replies go to {replyTo}. Check before you answer.",

        // bec-content
        ["bec-content.title"] = "Wording used in payment fraud",
        ["bec-content.detail"] = "The subject or text uses wording common in business-email-compromise fraud: {cues}.",
        ["bec-content.separator"] = ", ",
        ["bec-content.cue.urgency"] = "urgency",
        ["bec-content.cue.money"] = "money",
        ["bec-content.cue.secrecy"] = "secrecy or unreachability",
        ["bec-content.cue.gift-card"] = "gift cards",
        ["bec-content.cue.bank-change"] = "changed bank details",
        ["bec-content.cue.availability"] = "checking whether you are available",
        ["bec-content.banner"] = "This message uses the urgent or payment wording common in fraud. Confirm the request by phone before you pay or reply.",

        // sending-origin
        ["sending-origin.title"] = "Where the message came from",
        ["sending-origin.detail"] = "The message entered the mail system from {where}, in {country}.",
        ["sending-origin.unknown-country"] = "an unknown country",
        ["sending-origin.banner"] = "This message was sent from {where} in {country}. Check that this fits the sender.",

        // unencrypted-hop
        ["unencrypted-hop.title"] = "Sent without encryption on the way",
        ["unencrypted-hop.detail"] = "{count} hop(s) on the way to you did not use TLS (first: {link}); the message and its addresses could be read there.",
        ["unencrypted-hop.banner"] = "Part of this message's route was not encrypted. Do not send sensitive information in a reply.",

        // duplicate-header
        ["duplicate-header.title"] = "Header written more than once",
        ["duplicate-header.evidence"] = "appears more than once; the first one is read",
        ["duplicate-header.detail.identity"] = "These headers should appear once but appear more often: {names}. Mail programs may show different senders for the same message.",
        ["duplicate-header.detail"] = "These headers should appear once but appear more often: {names}.",
        ["duplicate-header.banner.identity"] = "This message names its sender more than once, so programs may show different senders. Check the sender before acting.",
        ["duplicate-header.banner"] = "Some headers of this message are repeated. Check the details before acting on it.",

        // malformed-headers
        ["malformed-headers.title"] = "Headers that could not be read",
        ["malformed-headers.detail"] = "{count} problem(s) in the headers: parts of this message could not be read as written, so the other checks may be incomplete.",
        ["malformed-headers.header-block"] = "(header block)",
        ["malformed-headers.from-count"] = "{count} mailboxes and no Sender",
        ["malformed-headers.banner"] = "Some headers of this message could not be read, so the checks are incomplete. Be careful with its requests.",

        // payment-change; reply-to-mismatch on platform notifications and list traffic.
        ["payment-change.title"] = "A request to pay to new bank details",
        ["payment-change.detail"] = "The message asks to change where payments go: new bank details, a new account or payee. Fraudsters who take over a real partner's mailbox send exactly this, from the real address and inside a real conversation, so passing checks prove nothing. Confirm the new details by phone on a number you already know, not one in this message.",
        ["payment-change.banner"] = "This message asks to pay to new bank details. Confirm by phone on a number you already know before paying.",
        ["reply-to-mismatch.reason.notification"] = "The sender is an authenticated platform notification acting for someone, and the Reply-To does not claim to be the sender.",
        ["reply-to-mismatch.reason.list"] = "The message came through a mailing list, where replies to another list or project are common.",
        // The reply guard: the Send dialog (at most 500 characters) and the compose form's bar (at most 150).
        ["reply-check.reply-to-divergence"] = "Your reply goes to {address}, not to {fromName} ({fromAddress}). The original message asked for replies to this outside address, as fraudsters do. Check the recipient before you send.",
        ["reply-check.lookalike-domain"] = "{address} is not at {imitated}{whose}: its domain {domain} only imitates it. Check the recipient before you send.",
        ["reply-check.name-on-freemail"] = "{address} shows the name {name} but is a free-mail address, not {name}'s address in your organization. Check the recipient before you send.",
        ["reply-check.more"] = " Check these recipients too: {addresses}.",
        ["reply-check.banner.reply-to-divergence"] = "Replies to this message go to {address}, not to {fromName}. Check the recipients before you send.",
        ["reply-check.banner.reply-to-divergence.short"] = "Replies to this message go to {address}, not to the sender. Check the recipients before you send.",
        ["reply-check.banner"] = "{address} may not be who it seems. Check the recipients before you send.",

        // Relationship: the message against the user's history with the sender.
        ["relationship.language.ja"] = "Japanese",
        ["relationship.language.en"] = "English",
        ["relationship.language.zh"] = "Chinese",
        ["relationship.language.ko"] = "Korean",
        ["relationship.origin.internal"] = "inside your organization",
        ["relationship.origin.country"] = "a network in {country}",
        ["relationship.established-reply-to"] = "This sender has used this Reply-To on {count} earlier messages since {since}: it is their usual address for replies.",
        ["relationship.first-contact-banner"] = "First message from this address. {banner}",
        ["relationship.first-contact.banner.display-name"] = "First message from {address}: it shows a name you know, but it is not that person's address. Confirm by phone before acting.",
        ["relationship.first-contact.banner.display-name.short"] = "First message from this address: it shows a name you know, but it is not that person's address. Confirm by phone before acting.",
        ["relationship.first-contact.banner.lookalike-domain"] = "First message from {address}, a domain made to look like one you know. Confirm by phone before acting.",
        ["relationship.first-contact.banner.lookalike-domain.short"] = "First message from this address, a domain made to look like one you know. Confirm by phone before acting.",

        // new-reply-to
        ["new-reply-to.title"] = "A Reply-To this sender never used before",
        ["new-reply-to.detail"] = "{count} earlier messages from {from} (since {since}) never asked for replies to {replyTo}; this one does, outside the sender's organization.{reason}",
        ["new-reply-to.detail.sent"] = "You have written to {from}, and none of their messages asked for replies to {replyTo}; this one does, outside the sender's organization.{reason}",
        ["new-reply-to.reason.free-mail"] = " The new address is a free-mail mailbox.",
        ["new-reply-to.reason.imitation"] = " The new address's domain imitates {imitated}.",
        ["new-reply-to.banner"] = "{fromName} has never asked you to reply to {replyTo} before. Confirm by phone before you reply.",
        ["new-reply-to.banner.short"] = "{fromName} has never asked you to reply to this address before. Confirm by phone before you reply.",
        ["new-reply-to.banner.language"] = "{fromName} has never asked you to reply to {replyTo} before, and usually writes to you in {language}.",
        ["new-reply-to.banner.language.short"] = "{fromName} has never asked you to reply to this address before, and usually writes to you in {language}.",

        // unusual-origin
        ["unusual-origin.title"] = "Sent from where this sender never sends from",
        ["unusual-origin.detail"] = "All {count} earlier messages from {from} came from {usualOrigin}; this one came from {origin}.",
        ["unusual-origin.detail.network"] = "All {count} earlier messages from {from} came from {usualOrigin}; this one came from {origin} ({network}).",
        ["unusual-origin.banner"] = "{fromName} always wrote to you from {usualOrigin}; this message came from {origin}. Check it is really from them.",
        ["unusual-origin.banner.short"] = "This sender always wrote to you from {usualOrigin}; this message came from {origin}. Check it is really from them.",

        // language-shift
        ["language-shift.title"] = "Not the language this sender writes in",
        ["language-shift.detail"] = "{usualCount} of the last {count} messages from {from} were in {usualLanguage}; this one is in {language}.",
        ["language-shift.detail.policy"] = "{from} is an address of your organization, which writes in {usualLanguage}, but this message came from outside and is in {language}.",
        ["language-shift.banner"] = "{fromName} usually writes to you in {usualLanguage}, but this message is in {language}. Check it is really from them.",
        ["language-shift.banner.short"] = "This sender usually writes to you in {usualLanguage}, but this message is in {language}. Check it is really from them.",
        ["language-shift.banner.policy"] = "This message from a colleague's address came from outside and is in {language}. Check it is really from them.",

        // first-contact
        ["first-contact.title"] = "First message from this address",
        ["first-contact.detail"] = "Nothing in your mailbox came from {from} before, and you have never written to it.",
        ["first-contact.banner"] = "This is the first message you get from {from}.",
        ["first-contact.banner.short"] = "This is the first message you get from this address.",

        // The banner when no finding wrote one.
        ["analysis.banner.danger"] = "This message shows signs of fraud. Confirm with the sender another way before acting.",
        ["analysis.banner.caution"] = "Some details of this message need a closer look before you act on it.",

        // The command line's text report.
        ["report.verdict.danger"] = "DANGER",
        ["report.verdict.caution"] = "CAUTION",
        ["report.verdict.safe"] = "SAFE",
        ["report.findings"] = "Findings",
        ["report.path"] = "Sending path (oldest first)",
        ["report.no-received"] = "(no Received headers)",
        ["report.country"] = "country",
        ["report.origin"] = "Origin",
        ["report.no-tls"] = "no TLS",
        ["report.entered-here"] = "  <- entered here",
        ["report.safe"] = "No warning signs found.",
        ["report.history"] = "History",
        ["report.history.line"] = "{received}; {sent}; languages {languages}; origins {origins}",
        ["report.history.received"] = "{count} earlier messages since {since}",
        ["report.history.sent"] = "{count} sent by you",
        ["report.history.unread"] = "not read",
        ["report.summary"] = "{total} messages: {danger} danger, {caution} caution, {safe} safe; {unreadable} unreadable",
        ["report.summary.one"] = "{total} message: {danger} danger, {caution} caution, {safe} safe; {unreadable} unreadable",
    };
}
