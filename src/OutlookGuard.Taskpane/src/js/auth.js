// Access tokens for OutlookGuard's own API through Nested App Authentication (MSAL.js
// createNestablePublicClientApplication): Outlook signs the user in and hands MSAL a token for our scope.
// Only the access token is ever sent to the API, never the ID token.

/** Raised when no token can be had; `reason` is "not-configured" or "sign-in". */
export class AuthError extends Error {
  constructor(reason, cause) {
    super(reason);
    this.name = "AuthError";
    this.reason = reason;
    this.cause = cause;
  }
}

/** The server's /taskpane-config.json: { clientId, scope, authority, reportMailbox, headersFromPane }. */
export async function loadConfig(fetchImpl = fetch) {
  const response = await fetchImpl("/taskpane-config.json", { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new AuthError("not-configured");
  }
  const config = await response.json();
  if (!config.clientId || !config.scope) {
    throw new AuthError("not-configured");
  }
  return config;
}

/** A token source for one taskpane session. */
export function createTokenSource(config) {
  let appPromise = null;

  function app() {
    if (!appPromise) {
      if (typeof msal === "undefined" || typeof msal.createNestablePublicClientApplication !== "function") {
        return Promise.reject(new AuthError("sign-in"));
      }
      appPromise = msal.createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority },
        cache: { cacheLocation: "sessionStorage" },
      });
      appPromise.catch(() => { appPromise = null; });
    }
    return appPromise;
  }

  return {
    /** An access token for config.scope: silently when possible, otherwise through the host's sign-in prompt. */
    async accessToken({ forceRefresh = false } = {}) {
      const pca = await app();
      const request = { scopes: [config.scope], forceRefresh };
      let result;
      try {
        result = await pca.acquireTokenSilent(request);
      } catch (silentError) {
        try {
          result = await pca.acquireTokenPopup({ scopes: [config.scope] });
        } catch (popupError) {
          throw new AuthError("sign-in", popupError ?? silentError);
        }
      }
      if (!result?.accessToken) {
        throw new AuthError("sign-in");
      }
      return result.accessToken;
    },
  };
}
