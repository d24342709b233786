/**
 * The engine's side of the protocol: runs the shared check and recommendation flows on plain data
 * and answers in plain messages. The worker (engine.worker.ts) runs it off the pane's thread; where
 * no Worker can be made, the pane runs the same code inline (client.ts), behind the same interface.
 */
import { checkSheet, planRecommendation, SheetCheck, UserFacingError } from "../../workbook";
import { EngineProgress, EngineRequest, EngineResponse, FINDINGS_PER_CHUNK, PaneBuild, PlainCheck, PlanInput, ROWS_PER_CHUNK } from "./protocol";

/** Milliseconds between two progress messages: the counter moves, the channel is not flooded. */
const PROGRESS_INTERVAL_MS = 50;

export type Post = (message: EngineResponse) => void;

export type EngineHost = (request: EngineRequest) => void;

export function createEngineHost(post: Post, now: () => number = () => Date.now()): EngineHost {
  // The last check, kept so the Rekomendasi tab plans from its assessed rows without sending the sheet again.
  let kept: { key: number; check: SheetCheck } | undefined;

  return (request) => {
    const { id } = request;
    let last = -Infinity;
    const progress = (p: EngineProgress) => {
      const t = now();
      if (t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      post({ type: "progress", id, progress: p });
    };
    try {
      if (request.type === "plan" && kept?.key !== request.key) {
        post({ type: "missing", id });
        return;
      }
      if (request.type === "check") {
        const { input } = request;
        const check = checkSheet(input.sheet, input.state, input.settings, {
          layout: input.layout,
          ownSheets: input.ownSheets,
          aturanChoice: input.aturanChoice,
          onProgress: (p) => progress({ stage: "validating", ...p }),
        });
        kept = { key: request.key, check };
        const plain = sendCheck(post, id, check);
        post({ type: "done", id, check: plain, build: request.plan ? sendBuild(post, id, plan(check, request.plan, progress)) : undefined });
        return;
      }
      post({ type: "done", id, build: sendBuild(post, id, plan(kept!.check, request.plan, progress)) });
    } catch (error) {
      post({
        type: "error",
        id,
        message: error instanceof Error ? error.message : String(error),
        kind: error instanceof UserFacingError ? error.kind : undefined,
      });
    }
  };
}

function plan(check: SheetCheck, input: PlanInput, progress: (p: EngineProgress) => void): PaneBuild | undefined {
  const build = planRecommendation(check, input.settings, input.existing, new Date(input.today), (row, rows) => progress({ stage: "planning", row, rows }));
  return build && { plan: build.plan, summary: build.summary };
}

/** Posts the findings in chunks; returns the check without them (and without the model and assessed rows). */
function sendCheck(post: Post, id: number, check: SheetCheck): PlainCheck {
  const { layout, layoutSource, report, ownSheet, settings } = check;
  if (!report) return { layout, layoutSource, ownSheet, settings };
  for (let i = 0; i < report.findings.length; i += FINDINGS_PER_CHUNK) post({ type: "findings", id, findings: report.findings.slice(i, i + FINDINGS_PER_CHUNK), total: report.findings.length });
  return { layout, layoutSource, ownSheet, settings, report: { ...report, findings: [] } };
}

/** Posts each block's rows in chunks; returns the build with the blocks emptied (null: no employee table). */
function sendBuild(post: Post, id: number, build: PaneBuild | undefined): PaneBuild | null {
  if (!build) return null;
  build.plan.blocks.forEach((b, block) => {
    for (let i = 0; i < b.values.length; i += ROWS_PER_CHUNK) post({ type: "rows", id, block, rows: b.values.slice(i, i + ROWS_PER_CHUNK) });
  });
  return { ...build, plan: { ...build.plan, blocks: build.plan.blocks.map((b) => ({ ...b, values: [] })) } };
}
