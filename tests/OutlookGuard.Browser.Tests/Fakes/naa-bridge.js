// A stand-in for the host's Nested App Authentication bridge (window.nestedAppAuthBridge), which Outlook
// provides to add-ins. The real MSAL.js talks to it; it answers with the tokens the test minted and records
// each request in window.__naaRequests.
(function () {
  const naa = window.__officeScenario.naa;
  const listeners = new Set();
  const requests = (window.__naaRequests = []);

  function respond(body) {
    const text = JSON.stringify(body);
    setTimeout(() => { for (const listener of listeners) listener(text); }, 0);
  }

  window.nestedAppAuthBridge = {
    addEventListener(name, listener) { if (name === "message") listeners.add(listener); },
    removeEventListener(name, listener) { listeners.delete(listener); },
    postMessage(text) {
      const request = JSON.parse(text);
      const params = request.tokenParams ?? {};
      requests.push({ method: request.method, clientId: params.clientId ?? null, scope: params.scope ?? null });
      const envelope = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
      if (request.method === "GetInitContext") {
        respond({ ...envelope, success: true, initContext: { sdkName: "outlookguard-test-host", sdkVersion: "1.0.0", capabilities: { queryAccount: false } } });
        return;
      }
      if (params.clientId !== naa.clientId || params.scope !== naa.scope) {
        respond({ ...envelope, success: false, error: { status: "PERSISTENT_ERROR", code: "invalid_scope", subError: "", description: "unexpected client or scope", properties: {} } });
        return;
      }
      respond({
        ...envelope,
        success: true,
        token: { access_token: naa.accessToken, id_token: naa.idToken, expires_in: 3600, scope: params.scope, properties: null },
        account: {
          homeAccountId: `${naa.objectId}.${naa.tenantId}`,
          environment: "login.microsoftonline.com",
          tenantId: naa.tenantId,
          username: naa.username,
          localAccountId: naa.objectId,
          name: naa.name,
        },
      });
    },
  };
})();
