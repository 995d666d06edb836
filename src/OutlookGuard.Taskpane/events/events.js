// The add-in's event runtime, bundled into one script without imports (classic Outlook on Windows loads this file alone
// and runs no Office.onReady code): each handler is registered under the name the manifest gives it.
import { onMessageSend, onNewMessageCompose } from "./reply-guard.js";

Office.actions.associate("onNewMessageCompose", onNewMessageCompose);
Office.actions.associate("onMessageSend", onMessageSend);
