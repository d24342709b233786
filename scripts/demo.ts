/**
 * `npm run demo`: runs the add-in's engine on the bundled material without Excel.
 * Step 1 — every KINERJA function's help example, evaluated by the same code Excel runs.
 */
import { CATALOGUE } from "../src/functions/catalogue";
import { exampleFormula } from "../src/functions/formula-text";
import { resultToJson } from "../src/cli/fungsi";

function step1Functions(): void {
  console.log("== Fungsi KINERJA.* (contoh bantuan, dihitung oleh mesin yang sama dengan Excel)");
  for (const fn of CATALOGUE) {
    const result = resultToJson(fn.evaluate(...fn.example.args));
    console.log(`${exampleFormula(fn).padEnd(64)} → ${result}`);
  }
}

step1Functions();
