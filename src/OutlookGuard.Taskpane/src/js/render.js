// Builds the pane's states from text nodes only (values from mail headers never become markup).

import { relationshipLine } from "./relationship.js";

const SVG = "http://www.w3.org/2000/svg";

// Icon paths (24 px grid): a shield with a cross, a triangle with a bang, a shield with a tick.
const ICONS = {
  danger: "M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm3.5 13.1-1.4 1.4L12 14.4l-2.1 2.1-1.4-1.4 2.1-2.1-2.1-2.1 1.4-1.4 2.1 2.1 2.1-2.1 1.4 1.4-2.1 2.1 2.1 2.1Z",
  caution: "M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2V9h2v5Z",
  safe: "M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z",
};

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

function icon(kind) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "icon");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", ICONS[kind] ?? ICONS.safe);
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}

/** Replaces the content of the status region and the main region. */
function show(root, status, ...main) {
  root.status.replaceChildren(status);
  root.main.replaceChildren(...main.filter(Boolean));
  root.main.setAttribute("aria-busy", "false");
}

export function renderLoading(root, t) {
  show(root, el("p", { class: "state state--loading" }, el("span", { class: "spinner", "aria-hidden": "true" }), t.loading));
  root.main.setAttribute("aria-busy", "true");
}

export function renderNoItem(root, t) {
  show(root, el("p", { class: "state" }, t.noItem), el("p", { class: "hint" }, t.noItemHint));
}

/** An error that says what to do, with a retry button when retrying can help. */
export function renderError(root, t, key, onRetry) {
  const children = [el("h2", { class: "error__title" }, t.error.title), el("p", {}, t.error[key] ?? t.error.generic)];
  if (onRetry) {
    const button = el("button", { type: "button", class: "button", id: "retry" }, t.retry);
    button.addEventListener("click", onRetry);
    children.push(button);
  }
  show(root, el("div", { class: "error", role: "alert" }, children));
}

function verdictSection(t, analysis) {
  const verdict = ["danger", "caution", "safe"].includes(analysis.verdict) ? analysis.verdict : "safe";
  const sentence = verdict === "safe" ? t.safeSentence : analysis.banner ?? t.safeSentence;
  return el("section", { class: `verdict verdict--${verdict}`, "aria-labelledby": "verdict-title", "data-verdict": verdict },
    icon(verdict),
    el("div", { class: "verdict__text" },
      el("h2", { id: "verdict-title", class: "verdict__title" },
        el("span", { class: "visually-hidden" }, `${t.verdictLabel}: `), t.verdict[verdict]),
      el("p", { class: "verdict__sentence" }, sentence)));
}

function evidenceToggle(t, finding, index) {
  const evidence = Array.isArray(finding.evidence) ? finding.evidence : [];
  if (evidence.length === 0) return [];
  const id = `evidence-${index}`;
  const button = el("button", { type: "button", class: "link-button", "aria-expanded": "false", "aria-controls": id },
    t.showEvidence(evidence.length));
  const table = el("table", { id, class: "evidence", hidden: true },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t.evidenceHeader), el("th", { scope: "col" }, t.evidenceValue))),
    el("tbody", {}, evidence.map((e) => el("tr", {}, el("th", { scope: "row" }, e.header), el("td", {}, el("code", {}, e.value))))));
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    table.hidden = !open;
    button.textContent = open ? t.hideEvidence : t.showEvidence(evidence.length);
  });
  return [button, table];
}

function findingsSection(t, findings) {
  const list = Array.isArray(findings) ? findings : [];
  return el("section", { class: "findings", "aria-labelledby": "findings-title" },
    el("h2", { id: "findings-title" }, t.findingsHeading),
    list.length === 0
      ? el("p", { class: "hint" }, t.noFindings)
      : el("ul", { class: "findings__list" }, list.map((f, i) =>
        el("li", { class: `finding finding--${f.severity}`, "data-rule": f.ruleId },
          el("h3", { class: "finding__title" },
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
    el("h2", { id: "path-title" }, t.pathHeading),
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

/** The verdict first, then the findings, then the sending path. */
export function renderAnalysis(root, t, analysis, language, { viaHeaders = false } = {}) {
  const verdict = verdictSection(t, analysis);
  show(root, verdict,
    relationshipLine(t, analysis.relationship, language),
    viaHeaders ? el("p", { class: "note", id: "via-headers" }, t.viaHeaders) : null,
    findingsSection(t, analysis.findings),
    // The API's answer carries the origin and the Received hops as `path`.
    analysis.path ? pathSection(t, analysis.path, language) : null);
}
