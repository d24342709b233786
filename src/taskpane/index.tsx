/**
 * Task pane entry. The shared runtime page loads functions.js first; the panel's React code
 * loads after Office is ready, and each tab is its own chunk.
 */
import { createRoot } from "react-dom/client";
import { createElement } from "react";

function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  void import(/* webpackChunkName: "app" */ "./App").then(({ App }) => {
    createRoot(container).render(createElement(App));
  });
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => start());
} else {
  start();
}
