/**
 * The error object of the Office.js double, shaped like the real `OfficeExtension.Error`
 * (runtime class `RichApi.Error` in office.js): `code`, `message`, `debugInfo` with
 * `code`/`message`/`errorLocation`, `traceMessages`, `innerError`, `httpStatusCode`.
 *
 * Messages are the real English texts: the application-specific error table of the Office
 * add-ins documentation ("Error handling with the application-specific JavaScript APIs") and,
 * for client-side errors (PropertyNotLoaded, ValueNotLoaded, payload limits, …), the resource
 * strings shipped in office.js (`@microsoft/office-js`, `en-us/office_strings.js`).
 */

export const ErrorCode = {
  accessDenied: "AccessDenied",
  activityLimitReached: "ActivityLimitReached",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  unsupportedOperation: "UnsupportedOperation",
  valueNotLoaded: "ValueNotLoaded",
} as const;

const LIMITS_DOC =
  '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

/** Default message per code (the documented English text). */
const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ActivityLimitReached: "Activity limit has been reached.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  Conflict: "Request could not be processed because of a conflict.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidBinding: "This object binding is no longer valid due to previous updates.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  OperationCellsExceedLimit: "The attempted operation affects more than the limit of 33554000 cells.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestAborted: "The request was aborted during run time.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  UnsupportedOperation: "The operation being attempted is not supported.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** The message office.js shows for an array whose shape differs from the range's. */
export const SHAPE_MISMATCH_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

const HTTP_STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

export function defaultMessage(code: string): string {
  return MESSAGES[code] ?? MESSAGES.GeneralException;
}

export interface DoubleDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  innerError?: DoubleDebugInfo | string;
}

export interface DoubleErrorInit {
  code: string;
  message?: string;
  errorLocation?: string;
  statement?: string;
}

/** Same shape and name as the real `OfficeExtension.Error` (`RichApi.Error`). */
export class OfficeExtensionError extends Error {
  override name = "RichApi.Error";
  code: string;
  debugInfo: DoubleDebugInfo;
  traceMessages: string[] = [];
  innerError: OfficeExtensionError | null = null;
  httpStatusCode: number;

  constructor(init: DoubleErrorInit | string) {
    const code = typeof init === "string" ? ErrorCode.generalException : init.code;
    const message = typeof init === "string" ? init : (init.message ?? defaultMessage(code));
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = code;
    this.message = message;
    this.debugInfo = { code, message };
    if (typeof init !== "string") {
      if (init.errorLocation !== undefined) this.debugInfo.errorLocation = init.errorLocation;
      if (init.statement !== undefined) this.debugInfo.statement = init.statement;
    }
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(code: string, errorLocation?: string, message?: string): OfficeExtensionError {
  return new OfficeExtensionError({ code, message, errorLocation });
}

/** The error the real runtime throws when an unloaded property is read. */
export function propertyNotLoaded(entity: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError({
    code: ErrorCode.propertyNotLoaded,
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    errorLocation: `${entity}.${property}`,
  });
}

export function invalidArgument(location: string, argument?: string): OfficeExtensionError {
  const message =
    argument === undefined
      ? defaultMessage(ErrorCode.invalidArgument)
      : `The argument '${argument}' doesn't work for this situation, is missing, or isn't in the right format.`;
  return officeError(ErrorCode.invalidArgument, location, message);
}

export function invalidObjectPath(location: string): OfficeExtensionError {
  return officeError(
    ErrorCode.invalidObjectPath,
    location,
    `The object path '${location}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  );
}

export function isOfficeExtensionError(error: unknown): error is OfficeExtensionError {
  return error instanceof OfficeExtensionError;
}
