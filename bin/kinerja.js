#!/usr/bin/env node
// Runs the compiled CLI (npm run build). From a source checkout without a build, use: npx tsx src/cli/run.ts
const path = require("path");
const fs = require("fs");
const compiled = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  console.error("CLI belum dibangun. Jalankan: npm run build");
  process.exit(2);
}
const cli = require(compiled);
cli
  .main(process.argv.slice(2))
  .then(cli.exitWhenWritten)
  .catch((error) => {
    console.error(`Kesalahan tak terduga: ${error && error.message ? error.message : error}`);
    cli.exitWhenWritten(2);
  });
