// Builds the pane's states from text nodes only (values from mail headers never become markup). The first screen is
// the decision: the verdict, at most three plain reasons and the actions; everything technical waits under one
// "Details for IT / security" expander, closed by default.

import { fluentIcon } from "./look.js";
import { relationshipLine } from "./relationship.js";

/** How many reasons the first screen shows at most. */
export const MAX_REASONS = 3;

const VERDICTS = ["danger", "caution", "safe"];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A Fluent button (fluent-button once lib/fluent.js has defined it, a native button otherwise). */
export function button(label, { appearance = "secondary", icon = null, onClick, ...attributes } = {}) {
  const fluent = customElements.get("fluent-button") !== undefined;
  const node = el(fluent ? "fluent-button" : "button", {
    ...attributes,
    type: "button",
    class: `button button--${appearance}${attributes.class ? ` ${attributes.class}` : ""}`,
    appearance: fluent ? appearance : null,
    // fluent-button states its role through ElementInternals; the attribute also tells tools that read only the DOM.
    role: fluent ? "button" : null,
  });
  const glyph = icon ? fluentIcon(icon, "button__icon") : null;
  if (glyph) {
    if (fluent) glyph.setAttribute("slot", "start");
    node.append(glyph);
  }
  node.append(document.createTextNode(label));
  if (onClick) node.addEventListener("click", onClick);
  return node;
}

/** Replaces the content of the status region and the main region. */
function show(root, status, ...main) {
  root.status.replaceChildren(...[status].filter(Boolean));
  root.main.replaceChildren(...main.flat().filter(Boolean));
  root.main.setAttribute("aria-busy", "false");
}

export function renderLoading(root, t) {
  const spinner = customElements.get("fluent-spinner") !== undefined
    ? el("fluent-spinner", { size: "tiny", "aria-hidden": "true", class: "spinner-fluent" })
    : el("span", { class: "spinner", "aria-hidden": "true" });
  show(root, el("p", { class: "state state--loading", "data-state": "loading" }, spinner, t.loading),
    el("div", { class: "skeleton", "aria-hidden": "true" }, el("div", { class: "skeleton__card" }),
      el("div", { class: "skeleton__line" }), el("div", { class: "skeleton__line skeleton__line--short" })));
  root.main.setAttribute("aria-busy", "true");
}

export function renderNoItem(root, t) {
  show(root, el("p", { class: "state" }, t.noItem), el("p", { class: "hint" }, t.noItemHint));
}

/** An error that says what to do, with a retry button when retrying can help. */
export function renderError(root, t, key, onRetry) {
  const children = [
    el("div", { class: "error__head" }, fluentIcon("error", "icon error__icon"), el("h2", { class: "error__title" }, t.error.title)),
    el("p", { class: "error__text" }, t.error[key] ?? t.error.generic),
  ];
  if (onRetry) {
    children.push(button(t.retry, { appearance: "primary", onClick: onRetry }));
  }
  show(root, null, el("div", { class: "error", role: "alert", "data-error": key }, children));
}

function verdictOf(analysis) {
  return VERDICTS.includes(analysis.verdict) ? analysis.verdict : "safe";
}

function verdictCard(t, verdict, analysis) {
  const title = el("h2", { id: "verdict-title", class: "verdict__title" },
    el("span", { class: "visually-hidden" }, `${t.verdictLabel}: `), t.verdict[verdict]);
  if (verdict === "safe") {
    return el("section", { class: "verdict verdict--safe", "aria-labelledby": "verdict-title", "data-verdict": verdict },
      fluentIcon("safe", "icon verdict__icon"), title);
  }
  return el("section", { class: `verdict verdict--${verdict}`, "aria-labelledby": "verdict-title", "data-verdict": verdict },
    fluentIcon(verdict, "icon verdict__icon"),
    el("div", { class: "verdict__text" }, title, el("p", { class: "verdict__sentence" }, analysis.banner ?? "")));
}

/** The rule ids of the findings that warn (not info), most important first, each once. */
export function warningRuleIds(findings) {
  const ids = [];
  for (const f of Array.isArray(findings) ? findings : []) {
    if (f && f.severity !== "info" && typeof f.ruleId === "string" && !ids.includes(f.ruleId)) ids.push(f.ruleId);
  }
  return ids;
}

function reasonsList(t, findings, language) {
  const ids = warningRuleIds(findings).slice(0, MAX_REASONS);
  if (ids.length === 0) return null;
  return el("ul", { class: "reasons", "aria-label": t.reasonsLabel }, ids.map((id, i) => {
    const text = t.reasons[id] ?? findings.find((f) => f.ruleId === id)?.title ?? id;
    return el("li", { class: "reason", "data-rule": id },
      fluentIcon("bullet", "reason__bullet"),
      el("div", { class: "reason__body" },
        el("span", { class: "reason__text", id: `reason-${i}` }, text),
        el("a", {
          class: "reason__why",
          href: `help/rules.${language}.html#${encodeURIComponent(id)}`,
          target: "_blank",
          rel: "noopener",
          "aria-describedby": `reason-${i}`,
        }, fluentIcon("help", "icon icon--small"), t.whyLink)));
  }));
}

function actionsBar(t, verdict, analysis, actions) {
  if (verdict === "safe" || !actions) return null;
  const buttons = [];
  if (actions.report) {
    buttons.push(button(t.actions.report, { appearance: "primary", icon: "report", "data-action": "report", onClick: actions.report }));
  }
  if (actions.reply && warningRuleIds(analysis.findings).includes("reply-to-mismatch")) {
    buttons.push(button(t.actions.reply, { icon: "reply", "data-action": "reply", onClick: actions.reply }));
  }
  let fine = null;
  const note = el("p", { class: "actions__note", role: "status", "aria-live": "polite" });
  if (actions.fine) {
    fine = button(t.actions.fine, {
      appearance: "subtle",
      icon: "fine",
      "data-action": "fine",
      onClick: async () => {
        fine.setAttribute("disabled", "");
        const sent = await actions.fine(warningRuleIds(analysis.findings), verdict);
        if (sent) {
          fine.remove();
          note.textContent = t.thanks;
          note.dataset.result = "thanks";
        } else {
          fine.removeAttribute("disabled");
          note.textContent = t.feedbackFailed;
          note.dataset.result = "failed";
        }
      },
    });
    buttons.push(fine);
  }
  if (buttons.length === 0) return null;
  return el("section", { class: "actions", "aria-label": t.actionsLabel }, el("div", { class: "actions__buttons" }, buttons), note);
}

function evidenceToggle(t, finding, index) {
  const evidence = Array.isArray(finding.evidence) ? finding.evidence : [];
  if (evidence.length === 0) return [];
  const id = `evidence-${index}`;
  const toggle = el("button", { type: "button", class: "link-button", "aria-expanded": "false", "aria-controls": id },
    t.showEvidence(evidence.length));
  const list = el("table", { id, class: "evidence", hidden: true },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t.evidenceHeader), el("th", { scope: "col" }, t.evidenceValue))),
    el("tbody", {}, evidence.map((e) => el("tr", {}, el("th", { scope: "row" }, e.header), el("td", {}, el("code", {}, e.value))))));
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    list.hidden = !open;
    toggle.textContent = open ? t.hideEvidence : t.showEvidence(evidence.length);
  });
  return [toggle, list];
}

function findingsSection(t, findings) {
  const list = Array.isArray(findings) ? findings : [];
  return el("section", { class: "findings", "aria-labelledby": "findings-title" },
    el("h3", { id: "findings-title", class: "details__heading" }, t.findingsHeading),
    list.length === 0
      ? el("p", { class: "hint" }, t.noFindings)
      : el("ul", { class: "findings__list" }, list.map((f, i) =>
        el("li", { class: `finding finding--${f.severity}`, "data-rule": f.ruleId },
          el("h4", { class: "finding__title" },
            el("span", { class: `badge badge--${f.severity}` }, t.severity[f.severity] ?? f.severity),
            " ", f.title),
          el("p", { class: "finding__detail" }, f.detail),
          evidenceToggle(t, f, i)))));
}

function countryName(code, language) {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function formatDelay(delay) {
  // TimeSpan as System.Text.Json writes it: [-][d.]hh:mm:ss[.fffffff]
  const match = typeof delay === "string" ? /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(delay) : null;
  if (!match) return null;
  const seconds = (Number(match[2] ?? 0) * 86400) + (Number(match[3]) * 3600) + (Number(match[4]) * 60) + Number(match[5]);
  const sign = match[1] ? "-" : "+";
  if (seconds < 60) return `${sign}${seconds}s`;
  if (seconds < 3600) return `${sign}${Math.round(seconds / 60)}m`;
  return `${sign}${Math.round(seconds / 3600)}h`;
}

function pathSection(t, message, language) {
  const hops = Array.isArray(message?.received) ? [...message.received].reverse() : [];
  const origin = message?.origin;
  const where = origin
    ? [countryName(origin.country, language), origin.ip].filter(Boolean).join(" · ") || t.originUnknown
    : t.originUnknown;
  return el("section", { class: "path", "aria-labelledby": "path-title" },
    el("h3", { id: "path-title", class: "details__heading" }, t.pathHeading),
    el("p", { class: "path__origin" }, el("strong", {}, `${t.origin}: `), where),
    hops.length === 0
      ? el("p", { class: "hint" }, t.pathEmpty)
      : [el("p", { class: "hint" }, t.pathIntro),
        el("ol", { class: "path__hops" }, hops.map((hop, i) => {
          const from = [hop.fromHost, hop.fromIp ? `[${hop.fromIp}]` : null].filter(Boolean).join(" ") || "?";
          const by = hop.byHost ?? "?";
          const delay = formatDelay(hop.delay);
          return el("li", { class: "hop" },
            el("span", { class: "visually-hidden" }, `${t.hop(i + 1)}: `),
            el("span", { class: "hop__route" }, `${from} → ${by}`),
            el("span", { class: "hop__meta" },
              [hop.protocol, hop.tls ? t.tlsYes : t.tlsNo, hop.tlsVersion, delay ? `${t.delay} ${delay}` : null]
                .filter(Boolean).join(" · ")));
        }))]);
}

function detailsExpander(t, analysis, language, viaHeaders) {
  return el("details", { class: "details", id: "details" },
    el("summary", { class: "details__summary" }, fluentIcon("chevron", "icon icon--small details__chevron"), t.detailsSummary),
    el("div", { class: "details__body" },
      viaHeaders ? el("p", { class: "note", id: "via-headers" }, t.viaHeaders) : null,
      findingsSection(t, analysis.findings),
      // The API's answer carries the origin and the Received hops as `path`.
      analysis.path ? pathSection(t, analysis.path, language) : null));
}

/**
 * The decision first (verdict, up to three reasons, the actions that apply), then the closed details. `actions` holds
 * the handlers the pane offers: report (only when a report mailbox is configured), reply, fine.
 */
export function renderAnalysis(root, t, analysis, language, { viaHeaders = false, actions = null } = {}) {
  const verdict = verdictOf(analysis);
  show(root, verdictCard(t, verdict, analysis),
    relationshipLine(t, analysis.relationship, language),
    verdict === "safe" ? null : reasonsList(t, analysis.findings, language),
    actionsBar(t, verdict, analysis, actions),
    detailsExpander(t, analysis, language, viaHeaders));
}

/** Shows a short notice under the actions (an Office.js form could not be opened). */
export function renderActionNotice(root, text) {
  const note = root.main.querySelector(".actions__note");
  if (note) {
    note.textContent = text;
    note.dataset.result = "failed";
  }
}
