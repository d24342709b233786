/**
 * zod for the workbook layer, configured once. `jitless`: zod otherwise probes `new Function("")`
 * the first time a schema parses, to compile fast object parsers — the task pane's Content
 * Security Policy (no 'unsafe-eval') reports that probe as a violation. Our schemas parse a few
 * settings and state records, so the interpreted path costs nothing that shows.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
