// "You and this sender": one line from the API's `relationship` field (the user's history with the sender).
// Absent when the API read no history (Mailbox:History=Off), so the line is hidden then. Text nodes only.

const ALWAYS = 1;
const MOSTLY = 0.8;

function share(counts) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return total === 0 ? 0 : counts[0].count / total;
}

function languageName(t, code) {
  return t.relationship.language[code] ?? code;
}

function originName(t, code, language) {
  if (code === "internal") return t.relationship.insideOrganization;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The sentence of the line, or null when there is nothing to say (no history read). */
export function relationshipText(t, relationship, language) {
  if (!relationship || relationship.completeness === "none") return null;
  const r = t.relationship;
  const parts = [];
  if (relationship.received === null || relationship.received === undefined) {
    parts.push(r.unread);
  } else if (relationship.received === 0) {
    parts.push(relationship.sent > 0 ? r.noMessagesButWrote : r.firstContact);
  } else {
    const since = relationship.since ? new Date(relationship.since).getUTCFullYear() : null;
    parts.push(since ? r.messagesSince(relationship.received, since) : r.messages(relationship.received));
    const languages = relationship.languages ?? [];
    if (languages.length > 0 && share(languages) >= MOSTLY) {
      const name = languageName(t, languages[0].value);
      parts.push(share(languages) >= ALWAYS ? r.alwaysIn(name) : r.mostlyIn(name));
    }
    const origins = relationship.origins ?? [];
    if (origins.length === 1) parts.push(r.alwaysFrom(originName(t, origins[0].value, language)));
    if (relationship.sent > 0) parts.push(r.youWrote);
  }
  if (relationship.completeness === "partial" && relationship.received !== null) parts.push(r.partial);
  return `${r.label}${r.labelSeparator}${parts.join(r.separator)}`;
}

/** The line as a paragraph, or null (nothing is shown) when the API read no history. */
export function relationshipLine(t, relationship, language) {
  const text = relationshipText(t, relationship, language);
  if (text === null) return null;
  const node = document.createElement("p");
  node.className = "note relationship";
  node.id = "relationship";
  node.textContent = text;
  return node;
}
