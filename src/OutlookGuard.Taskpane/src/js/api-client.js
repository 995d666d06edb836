// Calls OutlookGuard's API: GET /api/messages/{id}/analysis (the API reads the message through Graph), and
// POST /api/analysis with the headers Office.js gave when Graph cannot be used (consent missing, Graph down).

/** A failed call, carrying the problem's `code` (RFC 9457 extension) and HTTP status. */
export class ApiError extends Error {
  constructor(status, code) {
    super(code ?? `http-${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code ?? null;
  }
}

/** Problems after which the headers Outlook has are enough: Graph could not be used for this user or right now. */
export function shouldFallBack(error) {
  if (!(error instanceof ApiError)) {
    return false;
  }
  if (error.status === 503 || error.status === 504) {
    return true;
  }
  return (error.status === 403 && error.code === "mail-consent-missing") || error.code === "headers-from-pane";
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    const error = new ApiError(0, "network");
    error.cause = cause;
    throw error;
  }
  if (response.ok) {
    return response.json();
  }
  let code = null;
  try {
    const problem = await response.json();
    code = typeof problem.code === "string" ? problem.code : null;
  } catch {
    // Not a problem document.
  }
  throw new ApiError(response.status, code);
}

function headersFor(token, language) {
  return { Authorization: `Bearer ${token}`, Accept: "application/json", "Accept-Language": language };
}

/** The analysis of the message with this REST id, read by the API through Graph. */
export function analyzeMessage(restId, token, language) {
  return send(`/api/messages/${encodeURIComponent(restId)}/analysis`, {
    method: "GET",
    headers: headersFor(token, language),
  });
}

/** The analysis of a raw header block (and an optional body preview) the taskpane read itself. */
export function analyzeHeaders(internetHeaders, bodyPreview, token, language) {
  return send("/api/analysis", {
    method: "POST",
    headers: { ...headersFor(token, language), "Content-Type": "application/json" },
    body: JSON.stringify({ internetHeaders, bodyPreview }),
  });
}

/**
 * The reader's "This looks fine": only the rule ids of the findings shown and the verdict, never content or addresses.
 * Resolves to true when the API took it.
 */
export async function sendFeedback(ruleIds, verdict, token) {
  try {
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ ruleIds, verdict }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
