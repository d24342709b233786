/** Fluent's dark theme in a chunk of its own: a light Office theme never loads it. */
export { webDarkTheme } from "@fluentui/react-components";
