// The Fluent 2 pieces the pane uses, bundled by esbuild (npm run build) into dist/fluent.js, which the API's build
// copies to wwwroot/lib/fluent.js: the button and spinner web components, the web light and dark themes (design
// tokens as CSS custom properties), and the Fluent System icons the pane shows, as SVG text.
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/spinner.js";
import { setTheme } from "@fluentui/web-components/theme/index.js";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import danger from "@fluentui/svg-icons/icons/shield_error_24_filled.svg";
import caution from "@fluentui/svg-icons/icons/warning_24_filled.svg";
import safe from "@fluentui/svg-icons/icons/shield_checkmark_20_regular.svg";
import report from "@fluentui/svg-icons/icons/mail_warning_20_regular.svg";
import reply from "@fluentui/svg-icons/icons/arrow_reply_20_regular.svg";
import fine from "@fluentui/svg-icons/icons/thumb_like_20_regular.svg";
import help from "@fluentui/svg-icons/icons/question_circle_16_regular.svg";
import chevron from "@fluentui/svg-icons/icons/chevron_right_16_regular.svg";
import error from "@fluentui/svg-icons/icons/error_circle_24_regular.svg";
import bullet from "@fluentui/svg-icons/icons/error_circle_16_regular.svg";

export const themes = { light: webLightTheme, dark: webDarkTheme };
export const icons = { danger, caution, safe, report, reply, fine, help, chevron, error, bullet };
export { setTheme };
