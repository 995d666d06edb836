// Copies MSAL.js's browser bundle (UMD, global `msal`) from node_modules into the API's wwwroot/lib,
// where taskpane.html loads it. Run after `npm ci`; the copy is not committed.
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "node_modules", "@azure", "msal-browser");
const target = join(here, "..", "OutlookGuard.Api", "wwwroot", "lib");

const { version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
await mkdir(target, { recursive: true });
for (const file of ["msal-browser.min.js", "msal-browser.min.js.map"]) {
  try {
    await copyFile(join(packageDir, "lib", file), join(target, file));
  } catch (error) {
    if (file.endsWith(".map") && error.code === "ENOENT") continue;
    throw error;
  }
}
console.log(`copied @azure/msal-browser ${version} to ${target}`);
