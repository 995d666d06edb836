// Promise forms of the Office.js calls the event handlers make. Each rejects with the host's error when the call fails.

function promised(call) {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(result.error ?? new Error("Office.js call failed"));
      }
    });
  });
}

/** "reply", "forward", "newMail", or null where getComposeTypeAsync (Mailbox 1.10) is missing. */
export async function composeType(item) {
  if (typeof item.getComposeTypeAsync !== "function") {
    return null;
  }
  const value = await promised((done) => item.getComposeTypeAsync(done));
  return value?.composeType ?? null;
}

/** The recipients of the given fields (to, cc, bcc) as [{ name, address }]. */
export async function recipients(item, fields) {
  const lists = await Promise.all(fields
    .filter((field) => item[field] && typeof item[field].getAsync === "function")
    .map((field) => promised((done) => item[field].getAsync(done))));
  return lists.flat()
    .filter((r) => r && typeof r.emailAddress === "string" && r.emailAddress.length > 0)
    .map((r) => ({ name: r.displayName || null, address: r.emailAddress }));
}

/** Shows (or replaces) the add-in's informational bar in the compose form. */
export function showBar(item, key, message) {
  return promised((done) => item.notificationMessages.replaceAsync(key, {
    type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message,
    icon: "Icon.16",
    persistent: false,
  }, done));
}
