// A stand-in for Outlook's Office.js in the add-in's event runtime, served at Office.js's hosted URL when the browser
// tests load events.html. It holds one message being composed (window.__officeScenario.compose), lets the test fire the
// events the manifest declares (window.__fireEvent), records every call in window.__officeCalls (event.completed with its
// options among them), and draws the compose form with the add-in's notification bar the way Outlook shows it.
(function () {
  const scenario = window.__officeScenario;
  const compose = scenario.compose;
  const calls = (window.__officeCalls = []);
  const handlers = {};
  const bars = new Map();
  const succeeded = (value) => ({ status: "succeeded", value });
  const failed = (message) => ({ status: "failed", error: { code: 9999, name: "Failed", message } });
  const later = (callback, result) => { if (typeof callback === "function") setTimeout(() => callback(result), 0); };
  const callbackOf = (options, callback) => (typeof options === "function" ? options : callback);

  function version(text) { return String(text).split(".").map((n) => parseInt(n, 10) || 0); }
  function atLeast(have, want) {
    const [a, b] = [version(have), version(want)];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    }
    return true;
  }

  function recipientField(name) {
    return {
      getAsync(options, callback) {
        calls.push({ api: `${name}.getAsync` });
        later(callbackOf(options, callback), succeeded((compose[name] ?? []).map((r) => ({
          displayName: r.name ?? "", emailAddress: r.address, recipientType: "externalUser",
        }))));
      },
    };
  }

  const item = {
    itemType: "message",
    conversationId: compose.conversationId ?? null,
    getComposeTypeAsync(options, callback) {
      calls.push({ api: "getComposeTypeAsync" });
      later(callbackOf(options, callback), succeeded({ composeType: compose.composeType, coercionType: "html" }));
    },
    to: recipientField("to"),
    cc: recipientField("cc"),
    bcc: recipientField("bcc"),
    notificationMessages: {
      replaceAsync(key, details, options, callback) {
        calls.push({ api: "replaceAsync", key, type: details.type, message: details.message, icon: details.icon ?? null, persistent: details.persistent ?? null });
        const ok = key.length <= 32 && details.message.length <= 150 && (details.type !== "informationalMessage" || (details.icon && typeof details.persistent === "boolean"));
        if (ok) {
          bars.set(key, details);
          draw();
        }
        later(callbackOf(options, callback), ok ? succeeded() : failed("limit"));
      },
    },
  };
  // item.inReplyTo exists from Mailbox 1.14 on.
  if (atLeast(scenario.mailboxVersion, "1.14")) item.inReplyTo = compose.inReplyTo ?? null;

  window.Office = {
    actions: {
      associate(name, handler) {
        calls.push({ api: "associate", key: name });
        handlers[name] = handler;
      },
    },
    onReady(callback) {
      const info = Promise.resolve({ host: "Outlook", platform: scenario.platform });
      if (callback) info.then(callback);
      return info;
    },
    context: {
      displayLanguage: scenario.displayLanguage,
      requirements: { isSetSupported: (name, want) => name === "Mailbox" && atLeast(scenario.mailboxVersion, want) },
      mailbox: { item, diagnostics: { hostName: scenario.hostName, hostVersion: "16.0" } },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: {
      ComposeType: { Reply: "reply", NewMail: "newMail", Forward: "forward" },
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
    },
  };

  // Fires a launch event at the handler the script associated; resolves with what event.completed received.
  window.__fireEvent = function (name) {
    return new Promise((resolve) => {
      const handler = handlers[name];
      if (!handler) {
        resolve({ api: "missing-handler", key: name });
        return;
      }
      const started = performance.now();
      handler({
        type: name,
        completed(options) {
          const record = { api: "event.completed", key: name, options: options ?? null, milliseconds: Math.round(performance.now() - started) };
          calls.push(record);
          resolve(record);
        },
      });
    });
  };

  // The user changes a recipient field (to, cc, bcc) before the next Send.
  window.__setRecipients = function (field, list) {
    compose[field] = list;
    draw();
  };

  // The compose form: Outlook's notification bars above the To line, subject and body.
  function draw() {
    if (!document.body) return;
    document.body.replaceChildren();
    Object.assign(document.body.style, { margin: "0", font: "14px 'Segoe UI', system-ui, sans-serif", color: "#242424", background: "#ffffff" });
    const form = element("main", { padding: "0", width: "100%" });
    form.setAttribute("aria-label", "Compose");
    for (const [key, details] of bars) {
      const bar = element("div", { display: "flex", alignItems: "center", gap: "8px", padding: "8px 12px", background: "#f0f6ff", borderBottom: "1px solid #c7e0f4" });
      bar.className = "notification";
      bar.dataset.key = key;
      bar.dataset.type = details.type;
      const icon = element("img", { width: "16px", height: "16px" });
      icon.src = "assets/icon-16.png";
      icon.alt = "";
      const text = element("span", { flex: "1" });
      text.className = "notification__message";
      text.textContent = details.message;
      const close = element("span", { color: "#616161" });
      close.textContent = "✕";
      bar.append(icon, text, close);
      form.append(bar);
    }
    form.append(line(scenario.displayLanguage.startsWith("ja") ? "宛先" : "To", (compose.to ?? []).map((r) => r.name ? `${r.name} <${r.address}>` : r.address).join("; ")));
    form.append(line(scenario.displayLanguage.startsWith("ja") ? "件名" : "Subject", compose.subject ?? ""));
    const body = element("div", { padding: "16px 12px", minHeight: "160px", whiteSpace: "pre-wrap" });
    body.textContent = compose.body ?? "";
    form.append(body);
    document.body.append(form);
  }

  function line(label, value) {
    const row = element("div", { display: "flex", gap: "12px", padding: "8px 12px", borderBottom: "1px solid #e0e0e0" });
    const name = element("span", { width: "56px", color: "#616161" });
    name.textContent = label;
    const text = element("span", {});
    text.className = `compose__${label.toLowerCase()}`;
    text.textContent = value;
    row.append(name, text);
    return row;
  }

  function element(tag, style) {
    const node = document.createElement(tag);
    Object.assign(node.style, style);
    return node;
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
