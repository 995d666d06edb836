// Everything the taskpane asks of Outlook through Office.js: the open item, its REST id, its headers,
// a short body preview and the warning banner above the message.

/** The one banner key OutlookGuard uses (Outlook allows at most 32 characters and 5 messages per item). */
export const BANNER_KEY = "outlookguard-verdict";

/** Outlook's limit for a notification message. */
export const BANNER_MAX = 150;

/** The manifest's resid of the 16 px icon shown with an informational banner. */
export const BANNER_ICON = "Icon.16";

const MOBILE_HOSTS = new Set(["OutlookIOS", "OutlookAndroid"]);

/** The item in the reading pane, or null (a pinned pane gets ItemChanged with no item when nothing is selected). */
export function currentItem() {
  return Office.context.mailbox.item ?? null;
}

/**
 * The REST id Graph accepts. Outlook on the desktop and the web hand out EWS ids that must be converted;
 * Outlook mobile already hands out REST ids.
 */
export function restIdOf(item) {
  const hostName = Office.context.mailbox.diagnostics?.hostName;
  if (MOBILE_HOSTS.has(hostName)) {
    return item.itemId;
  }
  return Office.context.mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
}

function call(fn) {
  return new Promise((resolve, reject) => {
    fn((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(new Error(result.error?.message ?? "Office.js call failed"));
      }
    });
  });
}

/** The raw internet header block (Mailbox 1.8). */
export function internetHeaders(item) {
  return call((done) => item.getAllInternetHeadersAsync(done));
}

/** At most <max> characters of the body as plain text, or null when Outlook cannot give it. */
export async function bodyPreview(item, max = 1000) {
  try {
    const text = await call((done) => item.body.getAsync(Office.CoercionType.Text, done));
    return typeof text === "string" ? text.replace(/\s+/g, " ").trim().slice(0, max) : null;
  } catch {
    return null;
  }
}

/** Cuts a sentence to Outlook's banner limit, ending with an ellipsis when cut. */
export function fitBanner(text) {
  return text.length <= BANNER_MAX ? text : text.slice(0, BANNER_MAX - 1).trimEnd() + "…";
}

/**
 * Shows the verdict above the message: an error for danger, an informational message with the add-in's icon for
 * caution, nothing for safe. Failures are swallowed: the pane itself still shows the verdict.
 */
export async function showBanner(item, verdict, sentence) {
  const messages = item.notificationMessages;
  try {
    if (verdict === "danger" && sentence) {
      await call((done) => messages.replaceAsync(BANNER_KEY, {
        type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
        message: fitBanner(sentence),
      }, done));
    } else if (verdict === "caution" && sentence) {
      await call((done) => messages.replaceAsync(BANNER_KEY, {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: fitBanner(sentence),
        icon: BANNER_ICON,
        persistent: false,
      }, done));
    } else {
      await removeBanner(item);
    }
  } catch {
    // The banner is a convenience; the pane shows the same verdict.
  }
}

/** Removes OutlookGuard's banner; a missing banner is not an error. */
export async function removeBanner(item) {
  try {
    await call((done) => item.notificationMessages.removeAsync(BANNER_KEY, done));
  } catch {
    // Nothing to remove.
  }
}

/** Outlook's theme colours (Mailbox 1.3+ hosts give officeTheme), or null. */
export function officeTheme() {
  return Office.context?.officeTheme ?? null;
}

/**
 * Opens a new message to the report mailbox with the open message attached as an item (displayNewMessageForm: no
 * permission beyond reading the item). Throws when Outlook cannot open the form.
 */
export function openReportForm(item, mailbox, subject) {
  Office.context.mailbox.displayNewMessageForm({
    toRecipients: [mailbox],
    subject,
    attachments: [{ type: Office.MailboxEnums.AttachmentType.Item, name: subject, itemId: item.itemId }],
  });
}

/**
 * Opens a reply addressed to the From address only: never to the Reply-To, which Outlook's own reply would use and
 * which is where a fraudster waits. Throws when the item has no From address or the form cannot be opened.
 */
export function openReplyToSender(item) {
  const from = item.from?.emailAddress;
  if (!from) throw new Error("The message has no From address.");
  const subject = typeof item.subject === "string" ? item.subject : "";
  Office.context.mailbox.displayNewMessageForm({
    toRecipients: [from],
    subject: /^re:/i.test(subject) ? subject : `RE: ${subject}`,
  });
}
