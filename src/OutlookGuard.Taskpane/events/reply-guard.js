// The reply guard's two event handlers. Both fail open: whatever goes wrong (no token, the API down or slow, an Office.js
// call failing) ends in allowing the message, with the reason on the console, never in blocking the user.
import { composeType, recipients, showBar } from "./office-async.js";
import { accessToken } from "./token.js";

/** The notification key of the compose bar (at most 32 characters). */
export const BarKey = "outlookguard-reply";

/** Milliseconds the Send check may take before the message is allowed (Outlook shows its own wait dialog after 5 s). */
export const SendBudgetMs = 3000;

/** Milliseconds the check when a reply is opened may take. */
export const ComposeBudgetMs = 10000;

// How long a warning the user has seen lets the same recipients through on the next Send.
const WarnedForMs = 10 * 60 * 1000;

// Warnings shown, by the reply's original and flagged addresses. Kept in the runtime's memory: the add-in asks for
// ReadItem only, and item.sessionData's methods need ReadWriteItem. When Outlook has restarted the runtime between two
// Sends, the user sees the warning again (and, with PromptUser, can choose Send Anyway).
const warned = new Map();

/** The add-in's origin: the script's own URL where Outlook tells it (Mailbox 1.14), else the page's. */
export function addinOrigin() {
  try {
    const url = Office.context.urls?.javascriptRuntimeUrl;
    if (url) return new URL(url).origin;
  } catch {
    // Fall through to the page's origin.
  }
  return globalThis.location.origin;
}

function language() {
  return /^ja\b/i.test(Office.context.displayLanguage ?? "") ? "ja" : "en";
}

// The original's Message-ID where Outlook gives it (Mailbox 1.14), else the conversation id (changes with the subject).
function originalIds(item) {
  const inReplyTo = Office.context.requirements?.isSetSupported?.("Mailbox", "1.14") ? item.inReplyTo ?? null : null;
  return { inReplyTo: inReplyTo || null, conversationId: inReplyTo ? null : item.conversationId || null };
}

function withTimeout(promise, ms, controller) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function checkReply(ids, people, budgetMs) {
  const controller = new AbortController();
  const origin = addinOrigin();
  const call = (async () => {
    const token = await accessToken(origin);
    const response = await fetch(`${origin}/api/replies/check?lang=${language()}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ ...ids, recipients: people }),
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`reply check: HTTP ${response.status}`);
    return response.json();
  })();
  return withTimeout(call, budgetMs, controller);
}

function warnedKey(ids, answer) {
  const addresses = answer.flagged.map((f) => f.address.toLowerCase()).sort().join(",");
  return `${ids.inReplyTo ?? ids.conversationId ?? ""}|${addresses}`;
}

/** OnNewMessageCompose: for a reply or forward, look the original up early and show the compose bar when it warns. */
export async function onNewMessageCompose(event) {
  try {
    const item = Office.context.mailbox.item;
    const type = await composeType(item);
    const ids = originalIds(item);
    if (type === "newMail" || (!ids.inReplyTo && !ids.conversationId)) {
      return;
    }
    const answer = await checkReply(ids, await recipients(item, ["to", "cc"]), ComposeBudgetMs);
    if (answer.action === "warn" && answer.banner) {
      await showBar(item, BarKey, answer.banner);
    }
  } catch (error) {
    console.warn("OutlookGuard reply guard (compose):", error?.message ?? error);
  } finally {
    event.completed();
  }
}

/** OnMessageSend: stop the message once when it goes to a flagged address; allow it on any failure. */
export async function onMessageSend(event) {
  let options = { allowEvent: true };
  try {
    const item = Office.context.mailbox.item;
    const ids = originalIds(item);
    const answer = await checkReply(ids, await recipients(item, ["to", "cc", "bcc"]), SendBudgetMs);
    if (answer.action === "warn" && answer.message) {
      const key = warnedKey(ids, answer);
      const seenAt = warned.get(key);
      if (seenAt === undefined || Date.now() - seenAt > WarnedForMs) {
        warned.set(key, Date.now());
        options = { allowEvent: false, errorMessage: answer.message };
      }
    }
  } catch (error) {
    console.warn("OutlookGuard reply guard (send), message allowed:", error?.message ?? error);
  }
  event.completed(options);
}
