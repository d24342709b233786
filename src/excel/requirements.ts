/**
 * The Office requirement sets the add-in uses, declared once. The manifest requires only what the
 * add-in cannot load without (SharedRuntime 1.1, CustomFunctionsRuntime 1.3); the pane checks the
 * rest with `isSetSupported` when it starts (Microsoft, "Check for requirement set support"), so an
 * older Excel gets a sentence saying which version is needed instead of failing mid-action.
 */
export interface Requirement {
  readonly set: string;
  readonly version: string;
  /** What needs it, in Indonesian (shown to the officer when it is missing). */
  readonly usedFor: string;
}

export const PANE_REQUIREMENTS: readonly Requirement[] = [
  { set: "SharedRuntime", version: "1.1", usedFor: "panel dan fungsi dalam satu runtime" },
  { set: "CustomFunctionsRuntime", version: "1.3", usedFor: "fungsi KINERJA.* yang menerima sel galat dan mengembalikan galat per sel" },
  // fill.pattern (marks keep the officer's fills), RangeAreas (marks), getActiveCell (1.7).
  { set: "ExcelApi", version: "1.9", usedFor: "penandaan sel temuan, lembar rekomendasi dan penyisipan rumus" },
];

/** The sets this Excel lacks (all of them listed when it cannot even answer). */
export function missingRequirements(
  isSetSupported: ((name: string, version: string) => boolean) | undefined,
  requirements: readonly Requirement[] = PANE_REQUIREMENTS,
): Requirement[] {
  if (!isSetSupported) return [...requirements];
  return requirements.filter((r) => {
    try {
      return !isSetSupported(r.set, r.version);
    } catch {
      return true;
    }
  });
}

/** The sentence the pane shows in place of its tabs, in Indonesian. */
export function requirementMessage(missing: readonly Requirement[]): string {
  const list = missing.map((r) => `${r.set} ${r.version} (${r.usedFor})`).join("; ");
  return (
    `Versi Excel ini belum mendukung yang diperlukan Kinerja ASN: ${list}. ` +
    "Gunakan Microsoft 365 (Windows, Mac atau Excel di web) atau Excel 2021 ke atas, lalu buka panel lagi. " +
    "Buku kerja Anda tidak diubah."
  );
}

/** What Office.js answers in this page (undefined outside Office, e.g. in tests without the globals). */
export function officeSetSupport(): ((name: string, version: string) => boolean) | undefined {
  if (typeof Office === "undefined") return undefined;
  const requirements = Office.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function"
    ? (name, version) => requirements.isSetSupported(name, version)
    : undefined;
}
