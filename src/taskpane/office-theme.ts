/** Office's theme, read before the panel loads (index.tsx fetches the dark theme alongside it). */
/** Dark panel when Office's own theme is dark. */
export function officeThemeIsDark(): boolean {
  const color = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (!color || !/^#?[0-9a-f]{6}$/i.test(color)) return false;
  const hex = color.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
