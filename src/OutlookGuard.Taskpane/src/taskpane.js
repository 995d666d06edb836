// OutlookGuard taskpane: on open, and on every ItemChanged while pinned, analyze the selected message and show
// the decision in the pane (verdict, reasons, actions) and the verdict as a banner above the message.

import { languageFor, stringsFor } from "./js/strings.js";
import {
  currentItem, restIdOf, internetHeaders, bodyPreview, showBanner, officeTheme, openReportForm, openReplyToSender,
} from "./js/office-host.js";
import { loadConfig, createTokenSource, AuthError } from "./js/auth.js";
import { analyzeMessage, analyzeHeaders, sendFeedback, shouldFallBack, ApiError } from "./js/api-client.js";
import { renderLoading, renderNoItem, renderError, renderAnalysis, renderActionNotice } from "./js/render.js";
import { loadFluent, applyOfficeTheme } from "./js/look.js";

const root = {
  status: document.getElementById("status"),
  main: document.getElementById("content"),
};

let language = "en";
let t = stringsFor(language);
let config = null;
let tokens = null;
let generation = 0;

function applyLanguage(displayLanguage) {
  language = languageFor(displayLanguage);
  t = stringsFor(language);
  document.documentElement.lang = language;
  document.title = t.appName;
}

// The pane's own sentence for each problem code the API answers with (RFC 9457 `code`), then by HTTP status.
const ERROR_KEYS = {
  network: "network",
  "sign-in-required": "signIn",
  "sign-in-again": "signIn",
  "scope-missing": "signIn",
  "mail-consent-missing": "consent",
  "message-not-found": "notFound",
  "invalid-message-id": "notFound",
  "no-headers": "headers",
  "request-too-large": "tooLarge",
  "mail-service-unavailable": "unavailable",
  "sign-in-service-unavailable": "unavailable",
  "mail-service-timeout": "unavailable",
};

function errorKey(error) {
  if (error instanceof AuthError) {
    return error.reason === "not-configured" ? "notConfigured" : "signIn";
  }
  if (error instanceof ApiError) {
    if (error.code && ERROR_KEYS[error.code]) return ERROR_KEYS[error.code];
    if (error.status === 401) return "signIn";
    if (error.status === 429) return "busy";
    if (error.status === 503 || error.status === 504) return "unavailable";
    return "generic";
  }
  return "generic";
}

async function analyze(item, token) {
  // With Mailbox:Source=Client the service reads no mailbox: the pane sends the headers straight away.
  if (!config?.headersFromPane) {
    try {
      return { analysis: await analyzeMessage(restIdOf(item), token, language), viaHeaders: false };
    } catch (error) {
      if (!shouldFallBack(error)) throw error;
    }
  }
  let headers;
  try {
    headers = await internetHeaders(item);
  } catch {
    throw new ApiError(0, "no-headers");
  }
  const preview = await bodyPreview(item);
  return { analysis: await analyzeHeaders(headers, preview, token, language), viaHeaders: !config?.headersFromPane };
}

/** The actions the pane offers for this item: each opens an Outlook form or sends feedback, and never changes the verdict. */
function actionsFor(item) {
  const attempt = (open) => () => {
    try {
      open();
    } catch {
      renderActionNotice(root, t.actionFailed);
    }
  };
  const subject = typeof item.subject === "string" ? item.subject : "";
  return {
    report: config?.reportMailbox ? attempt(() => openReportForm(item, config.reportMailbox, t.reportSubject(subject))) : null,
    reply: item.from?.emailAddress ? attempt(() => openReplyToSender(item)) : null,
    fine: async (ruleIds, verdict) => {
      try {
        return await sendFeedback(ruleIds, verdict, await tokens.accessToken());
      } catch {
        return false;
      }
    },
  };
}

async function run() {
  const mine = ++generation;
  const item = currentItem();
  if (!item) {
    renderNoItem(root, t);
    return;
  }
  renderLoading(root, t);
  try {
    if (!tokens) {
      config = await loadConfig();
      tokens = createTokenSource(config);
    }
    const token = await tokens.accessToken();
    const { analysis, viaHeaders } = await analyze(item, token);
    if (mine !== generation) return;
    renderAnalysis(root, t, analysis, language, { viaHeaders, actions: actionsFor(item) });
    await showBanner(item, analysis.verdict, analysis.banner);
  } catch (error) {
    if (mine !== generation) return;
    if (error instanceof AuthError && error.reason === "not-configured") {
      tokens = null;
      renderError(root, t, "notConfigured", null);
      return;
    }
    renderError(root, t, errorKey(error), () => { run(); });
  }
}

async function start() {
  await loadFluent();
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    applyOfficeTheme(null);
    renderError(root, t, "notInOutlook", null);
    return;
  }
  Office.onReady(() => {
    applyLanguage(Office.context?.displayLanguage);
    applyOfficeTheme(officeTheme());
    if (!Office.context?.mailbox) {
      renderError(root, t, "notInOutlook", null);
      return;
    }
    Office.context.mailbox.addHandlerAsync?.(Office.EventType.ItemChanged, () => { run(); });
    if (Office.EventType.OfficeThemeChanged) {
      Office.context.mailbox.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, () => applyOfficeTheme(officeTheme()));
    }
    run();
  });
}

start();
