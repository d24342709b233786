/**
 * The one base class for failures a user reads: an Indonesian message that says what went wrong
 * and what to do, and a kind that each front end maps to its own outcome (the CLI's exit code,
 * the panel's message bar). Anything else thrown is a bug and is not dressed up as one of these.
 */
export type UserErrorKind =
  /** The command line or a choice was wrong (unknown option, OUT already exists, OUT = input). */
  | "usage"
  /** The input cannot be used (missing, not an .xlsx, encrypted, corrupted, no suitable sheet). */
  | "input"
  /** The output could not be written (no folder, no permission, disk full); nothing was left. */
  | "output"
  /** Excel refused or failed a request; the message says what the workbook looks like now. */
  | "excel"
  /** The user cancelled; nothing was changed. */
  | "cancelled";

export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
