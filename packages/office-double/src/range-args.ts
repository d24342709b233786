/** Arguments that name a range: a Range proxy of the same request context, or an address. */
import { parseAddress } from "./address";
import type { RequestContext } from "./context";
import type { Execution } from "./engine";
import { ErrorCode, invalidArgument, officeError } from "./errors";
import { ClientObject } from "./proxy";
import { Range } from "./range";
import type { RangeTarget } from "./sheet-ops";
import type { SheetState } from "./state";

/** A Range proxy from another request context cannot be used (office.js throws at once). */
export function assertSameContext(context: RequestContext, arg: unknown, location: string): void {
  if (arg instanceof ClientObject && arg.context !== context) {
    throw officeError(ErrorCode.invalidRequestContext, location);
  }
}

/** Resolves a Range-or-address argument; string addresses are relative to `sheet`. */
export function resolveRangeArg(x: Execution, arg: unknown, sheet: SheetState | null, location: string, argument: string): RangeTarget {
  if (arg instanceof Range) return arg._require(x, location);
  if (typeof arg !== "string") throw invalidArgument(location, argument);
  const parsed = parseAddress(arg.startsWith("=") ? arg.slice(1) : arg);
  if (!parsed) throw invalidArgument(location, argument);
  const target = parsed.sheet !== undefined ? x.state.sheetByName(parsed.sheet) : (sheet ?? x.state.activeSheet());
  if (!target) throw invalidArgument(location, argument);
  return { sheet: target, rect: parsed.rect };
}
