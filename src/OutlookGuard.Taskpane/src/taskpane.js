// OutlookGuard taskpane: on open, and on every ItemChanged while pinned, analyze the selected message and show
// the verdict in the pane and as a banner above the message.

import { languageFor, stringsFor } from "./js/strings.js";
import { currentItem, restIdOf, internetHeaders, bodyPreview, showBanner } from "./js/office-host.js";
import { loadConfig, createTokenSource, AuthError } from "./js/auth.js";
import { analyzeMessage, analyzeHeaders, shouldFallBack, ApiError } from "./js/api-client.js";
import { renderLoading, renderNoItem, renderError, renderAnalysis } from "./js/render.js";

const root = {
  status: document.getElementById("status"),
  main: document.getElementById("content"),
};

let language = "en";
let t = stringsFor(language);
let tokens = null;
let generation = 0;

function applyLanguage(displayLanguage) {
  language = languageFor(displayLanguage);
  t = stringsFor(language);
  document.documentElement.lang = language;
  document.title = t.appName;
}

function errorKey(error) {
  if (error instanceof AuthError) {
    return error.reason === "not-configured" ? "notConfigured" : "signIn";
  }
  if (error instanceof ApiError) {
    switch (error.code) {
      case "network": return "network";
      case "sign-in-required":
      case "sign-in-again":
      case "scope-missing": return "signIn";
      case "mail-consent-missing": return "consent";
      case "message-not-found": return "notFound";
      case "no-headers": return "headers";
      default: break;
    }
    if (error.status === 401) return "signIn";
    if (error.status === 503 || error.status === 504 || error.status === 429) return "unavailable";
    return "generic";
  }
  return "generic";
}

async function analyze(item, token) {
  try {
    return { analysis: await analyzeMessage(restIdOf(item), token, language), viaHeaders: false };
  } catch (error) {
    if (!shouldFallBack(error)) throw error;
  }
  let headers;
  try {
    headers = await internetHeaders(item);
  } catch {
    throw new ApiError(0, "no-headers");
  }
  const preview = await bodyPreview(item);
  return { analysis: await analyzeHeaders(headers, preview, token, language), viaHeaders: true };
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
      tokens = createTokenSource(await loadConfig());
    }
    const token = await tokens.accessToken();
    const { analysis, viaHeaders } = await analyze(item, token);
    if (mine !== generation) return;
    renderAnalysis(root, t, analysis, language, { viaHeaders });
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

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  renderError(root, t, "notInOutlook", null);
} else {
  Office.onReady(() => {
    applyLanguage(Office.context?.displayLanguage);
    if (!Office.context?.mailbox) {
      renderError(root, t, "notInOutlook", null);
      return;
    }
    Office.context.mailbox.addHandlerAsync?.(Office.EventType.ItemChanged, () => { run(); });
    run();
  });
}
