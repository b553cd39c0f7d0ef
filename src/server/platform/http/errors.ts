/** The one error type routes and services throw; the error handler turns it into the JSON shape. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
    /** Extra data a client needs to act, e.g. the other partner's version in a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message: string) => new AppError('NOT_FOUND', 404, message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', 403, message);
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 401, 'Please sign in to continue.');

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    details?: Record<string, unknown>;
  };
}
