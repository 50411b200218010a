/**
 * Every failure the API can answer with: a code and its parameters, which the screen and the command
 * line turn into a sentence in the user's language, plus an English message for logs. A message never
 * echoes more than a few words of the user's input.
 */
import type { z } from 'zod';

export const API_ERROR_CODES = [
  'unknown_channel',
  'invalid_request',
  'point_outside',
  'not_found',
  'need_empty',
  'place_empty',
  'place_unknown',
  'postcode_unknown',
  'link_refused',
  'catalogue_unavailable',
  'company_not_found',
  'visit_not_found',
  'user_data_unavailable',
  'backup_invalid',
  'save_failed',
  'nothing_to_export',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What was wrong with a field of a request. */
export type FieldProblem =
  'too_long' | 'too_short' | 'too_many' | 'too_few' | 'out_of_range' | 'wrong_type' | 'unknown_field' | 'invalid';

export type ApiErrorParams = {
  /** The request field it is about, e.g. "need" or "kinds.0". */
  field?: string;
  problem?: FieldProblem;
  /** The limit that was crossed (characters, items or a number). */
  limit?: number;
  /** A short, cut-off piece of what was typed. */
  typed?: string;
  suggestions?: string[];
  reason?: string;
};

export type ApiError = { code: ApiErrorCode; message: string; params: ApiErrorParams };

const MAX_ECHO = 40;

/** At most a few words of user input, for a message. */
export function echo(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_ECHO ? `${oneLine.slice(0, MAX_ECHO)}…` : oneLine;
}

/** An error result. */
export function apiError(
  code: ApiErrorCode,
  message: string,
  params: ApiErrorParams = {},
): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, params } };
}

/** The first problem of a rejected request as an error with a code: the field, what was wrong, the limit. */
export function requestError(channel: string, error: z.ZodError): { ok: false; error: ApiError } {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.');
  let problem: FieldProblem = 'invalid';
  let limit: number | undefined;
  const raw = issue as unknown as {
    code: string;
    origin?: string;
    maximum?: number | bigint;
    minimum?: number | bigint;
  };
  if (raw.code === 'too_big') {
    problem = raw.origin === 'string' ? 'too_long' : raw.origin === 'array' ? 'too_many' : 'out_of_range';
    limit = Number(raw.maximum);
  } else if (raw.code === 'too_small') {
    problem = raw.origin === 'string' ? 'too_short' : raw.origin === 'array' ? 'too_few' : 'out_of_range';
    limit = Number(raw.minimum);
  } else if (raw.code === 'invalid_type') {
    problem = 'wrong_type';
  } else if (raw.code === 'unrecognized_keys') {
    problem = 'unknown_field';
  }
  const code = (field === 'lat' || field === 'lon') && problem === 'out_of_range' ? 'point_outside' : 'invalid_request';
  const where = field ? `${field}: ` : '';
  return apiError(code, `Invalid request for ${channel}: ${where}${echo(issue.message)}`, {
    field: field || undefined,
    problem,
    ...(limit !== undefined && Number.isFinite(limit) ? { limit } : {}),
  });
}
