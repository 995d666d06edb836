// The pane's Fluent 2 look: the bundled web components, tokens and icons (lib/fluent.js, built by esbuild from the
// npm packages @fluentui/web-components, @fluentui/tokens and @fluentui/svg-icons), and Outlook's light or dark theme.
// Without the bundle the pane still works: native fallbacks replace the components and icons are left out.

let fluent = null;

/** Loads lib/fluent.js once; resolves to false when it cannot be had. */
export async function loadFluent() {
  if (fluent) return true;
  try {
    fluent = await import("../lib/fluent.js");
    return true;
  } catch {
    fluent = null;
    return false;
  }
}

/** The Fluent System icon of that name as an inline SVG (coloured by currentColor), or null. */
export function fluentIcon(name, className = "icon") {
  const text = fluent?.icons?.[name];
  if (!text) return null;
  const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  if (svg.nodeName !== "svg") return null;
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", className);
  svg.setAttribute("fill", "currentColor");
  return document.importNode(svg, true);
}

/** Whether the colour (#rrggbb) is dark: relative luminance under one half. */
export function isDark(color) {
  const match = typeof color === "string" ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Follows Outlook's theme (Office.context.officeTheme: its body background tells light from dark): sets the Fluent
 * web light or dark theme tokens and data-theme on <html> for the pane's own styles. Windows high contrast is left to
 * the browser's forced colours (see taskpane.css).
 */
export function applyOfficeTheme(officeTheme) {
  const dark = isDark(officeTheme?.bodyBackgroundColor);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  fluent?.setTheme?.(dark ? fluent.themes.dark : fluent.themes.light);
}
