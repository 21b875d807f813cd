// Typed failures: a code for callers to branch on and a message that starts with the module.
export type ErrorCode =
  | 'usage'
  | 'input_not_found'
  | 'input_unreadable'
  | 'input_too_large'
  | 'fetch_failed'
  | 'fetch_refused'
  | 'db_unwritable'
  | 'db_failed'
  | 'not_found';

export class PinkslipError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PinkslipError';
    this.code = code;
  }
}

export function isPinkslipError(error: unknown): error is PinkslipError {
  return error instanceof PinkslipError;
}
