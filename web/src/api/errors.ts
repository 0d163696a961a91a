/**
 * The one error type of the console. The server answers every failure with
 * `{error: {code, message: {zh, en}, fields?, details?, requestId}}`; a request that never reached it
 * (offline, server down) becomes code NETWORK with status 0.
 */
export interface ServerMessage {
  zh: string;
  en: string;
}

export interface FieldIssue {
  /** The field's path in the request body, e.g. `facts.wageIncome` or `members.2.idNumber`. */
  field: string;
  code: string;
  message: ServerMessage;
}

export const NETWORK = 'NETWORK';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    /** The server's own message, when it sent one. */
    readonly serverMessage: ServerMessage | null,
    readonly fields: readonly FieldIssue[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly requestId: string | null = null,
  ) {
    super(serverMessage?.en ?? code);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Builds the error from a failed response's status and parsed body (which may be anything). */
  static fromBody(status: number, body: unknown): ApiError {
    const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    if (!error || typeof error.code !== 'string') return new ApiError(status, `HTTP_${status}`, null);
    return new ApiError(
      status,
      error.code,
      isMessage(error.message) ? error.message : null,
      Array.isArray(error.fields) ? error.fields.filter(isFieldIssue) : [],
      isRecord(error.details) ? error.details : {},
      typeof error.requestId === 'string' ? error.requestId : null,
    );
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, NETWORK, null);
    error.cause = cause;
    return error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): value is ServerMessage {
  return isRecord(value) && typeof value.zh === 'string' && typeof value.en === 'string';
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    typeof value.code === 'string' &&
    isMessage(value.message)
  );
}
