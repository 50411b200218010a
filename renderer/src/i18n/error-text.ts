/** An API error as a sentence in the user's language that says what to do. */
import type { ApiError } from '../../../electron/shared/api';
import type { Messages } from './messages';

export function errorText(error: ApiError, t: Messages): string {
  return t.errors[error.code](error.params);
}
