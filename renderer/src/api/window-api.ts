/** The typed API the preload (or, in end-to-end tests, the test transport) puts on window. */
import type { Api, ApiError, Result } from '../../../electron/shared/api';

declare global {
  interface Window {
    fieldlab: Api;
  }
}

/** The API; every call answers with a Result. */
export const api = (): Api => window.fieldlab;

/** A failed call, thrown so that a chain of calls can stop at the first failure. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** The value of a result; a failure is thrown as an ApiFailure that keeps the error's code. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
