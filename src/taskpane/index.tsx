/**
 * Task pane entry. The shared runtime page loads functions.js first; the panel's React code
 * loads after Office is ready, and each tab is its own chunk. An Excel that lacks a requirement
 * set the pane uses gets one Indonesian sentence saying which version is needed, and no tabs.
 */
import { createRoot } from "react-dom/client";
import { createElement } from "react";
import { missingRequirements, officeSetSupport, requirementMessage } from "../excel/requirements";
import { officeThemeIsDark } from "./office-theme";

function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  // The dark theme comes with the panel only when Office's theme is dark (fetched side by side).
  const dark = officeThemeIsDark();
  void Promise.all([
    import(/* webpackChunkName: "app" */ "./App"),
    dark ? import(/* webpackChunkName: "theme-dark" */ "./dark-theme").then((m) => m.webDarkTheme) : undefined,
  ]).then(([{ App }, darkTheme]) => {
    createRoot(container).render(createElement(App, { dark, darkTheme }));
  });
}

/** Plain DOM on purpose: on an Excel too old for the pane, load nothing more than this sentence. */
function showUnsupported(message: string): void {
  const container = document.getElementById("root");
  if (!container) return;
  const note = document.createElement("p");
  note.setAttribute("role", "alert");
  note.style.cssText = "margin:16px;font:14px/1.5 'Segoe UI',system-ui,sans-serif";
  note.textContent = message;
  container.replaceChildren(note);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    const missing = missingRequirements(officeSetSupport());
    if (missing.length > 0) showUnsupported(requirementMessage(missing));
    else start();
  });
} else {
  start();
}
