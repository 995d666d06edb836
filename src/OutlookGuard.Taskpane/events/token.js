// An access token for OutlookGuard's API inside the event runtime: MSAL.js Nested App Authentication, silent only (event
// handlers cannot show a sign-in window), with the in-memory cache (the runtime of classic Outlook on Windows has no
// web storage). The client id, scope and authority come from the API's /taskpane-config.json, as for the pane.
import { createNestablePublicClientApplication } from "@azure/msal-browser";

let configPromise = null;
let appPromise = null;

function loadConfig(origin) {
  if (!configPromise) {
    configPromise = fetch(`${origin}/taskpane-config.json`, { headers: { Accept: "application/json" } })
      .then((response) => {
        if (!response.ok) throw new Error(`taskpane-config.json: HTTP ${response.status}`);
        return response.json();
      })
      .then((config) => {
        if (!config.clientId || !config.scope) throw new Error("the service has no client id configured");
        return config;
      });
    configPromise.catch(() => { configPromise = null; });
  }
  return configPromise;
}

/** A token for the API, or a rejection (never a prompt). */
export async function accessToken(origin) {
  const config = await loadConfig(origin);
  if (!appPromise) {
    appPromise = createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
      cache: { cacheLocation: "memoryStorage" },
    });
    appPromise.catch(() => { appPromise = null; });
  }
  const app = await appPromise;
  const result = await app.acquireTokenSilent({ scopes: [config.scope] });
  if (!result?.accessToken) throw new Error("no access token");
  return result.accessToken;
}
