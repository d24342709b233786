/** Entry for running the CLI from source: `npx tsx src/cli/run.ts validasi samples/`. */
import { exitWhenWritten, main } from "./main";

void main(process.argv.slice(2)).then(exitWhenWritten);
