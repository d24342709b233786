/** Unit, component and differential tests. Browser end-to-end tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  // CI is a shared 2-core machine, often busy: component tests that take 1 s alone can take 10 s
  // there. Timeouts are for hangs, not for speed (speed is measured by npm run bench).
  testTimeout: 60_000,
  roots: ["<rootDir>/test", "<rootDir>/packages"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "/lib/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/style-stub.js",
    // The workspace package from its TypeScript source, not its Node build (lib/).
    "^@kinerja/office-double$": "<rootDir>/packages/office-double/src/index.ts",
    // The engine worker is started with import.meta (webpack 5); under jest the engine runs inline.
    "^\\./worker-factory$": "<rootDir>/test/taskpane/no-worker.ts",
  },
};
