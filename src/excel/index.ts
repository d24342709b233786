/** src/excel — the Office.js adapter: plans and findings from src/workbook become Excel calls. */
export * from "./office-errors";
export * from "./payload";
export * from "./read-sheet";
export * from "./write-plan";
export * from "./marks";
export * from "./navigate";
export * from "./state-store";
