// A stand-in for Outlook's Office.js host API, served at Office.js's hosted URL in browser tests.
// It reads the scenario from window.__officeScenario and records every call in window.__officeCalls.
(function () {
  const scenario = window.__officeScenario;
  const calls = (window.__officeCalls = []);
  const succeeded = (value) => ({ status: "succeeded", value });
  const failed = (message) => ({ status: "failed", error: { code: 9999, name: "Failed", message } });
  const later = (callback, result) => { if (typeof callback === "function") setTimeout(() => callback(result), 0); };
  const handlers = [];

  function item(message) {
    if (!message) return null;
    return {
      itemId: message.itemId,
      itemType: "message",
      subject: message.subject ?? "",
      from: message.fromAddress ? { emailAddress: message.fromAddress, displayName: message.fromName ?? "" } : null,
      getAllInternetHeadersAsync(options, callback) {
        const done = typeof options === "function" ? options : callback;
        calls.push({ api: "getAllInternetHeadersAsync", itemId: message.itemId });
        later(done, message.headers === null ? failed("headers unavailable") : succeeded(message.headers));
      },
      body: {
        getAsync(coercionType, options, callback) {
          const done = typeof options === "function" ? options : callback;
          calls.push({ api: "body.getAsync", coercionType });
          later(done, succeeded(message.bodyText ?? ""));
        },
      },
      notificationMessages: {
        replaceAsync(key, details, options, callback) {
          const done = typeof options === "function" ? options : callback;
          calls.push({ api: "replaceAsync", itemId: message.itemId, key, type: details.type, message: details.message, icon: details.icon ?? null, persistent: details.persistent ?? null });
          later(done, key.length > 32 || details.message.length > 150 ? failed("limit") : succeeded());
        },
        removeAsync(key, options, callback) {
          const done = typeof options === "function" ? options : callback;
          calls.push({ api: "removeAsync", itemId: message.itemId, key });
          later(done, succeeded());
        },
      },
    };
  }

  window.Office = {
    onReady(callback) {
      const info = Promise.resolve({ host: "Outlook", platform: scenario.platform });
      if (callback) info.then(callback);
      return info;
    },
    context: {
      displayLanguage: scenario.displayLanguage,
      officeTheme: scenario.officeTheme ?? undefined,
      mailbox: {
        item: item(scenario.items[0] ?? null),
        diagnostics: { hostName: scenario.hostName, hostVersion: "16.0" },
        convertToRestId(itemId, restVersion) {
          calls.push({ api: "convertToRestId", itemId, restVersion });
          const found = scenario.items.find((m) => m && m.itemId === itemId);
          if (!found) throw new Error("unknown item id");
          return found.restId;
        },
        displayNewMessageForm(parameters) {
          calls.push({
            api: "displayNewMessageForm",
            toRecipients: parameters.toRecipients ?? [],
            subject: parameters.subject ?? null,
            attachments: parameters.attachments ?? [],
          });
        },
        addHandlerAsync(eventType, handler, options, callback) {
          const done = typeof options === "function" ? options : callback;
          calls.push({ api: "addHandlerAsync", eventType });
          handlers.push({ eventType, handler });
          later(done, succeeded());
        },
      },
    },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: {
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
    },
  };

  // The test selects another message (index into scenario.items) or none (null), as a pinned pane sees it.
  window.__selectItem = function (index) {
    const next = index === null ? null : scenario.items[index];
    window.Office.context.mailbox.item = item(next);
    for (const h of handlers) {
      if (h.eventType === "olkItemSelectedChanged") h.handler({ type: "olkItemSelectedChanged" });
    }
  };
})();
