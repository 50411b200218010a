/** Validates a request against its channel's schema and runs the handler; shared by IPC and the test transport. */
import { requestSchemas, type ApiHandlers, type Channel, type Result } from '../../shared/api';
import { apiError, echo, requestError } from '../../shared/api/errors';

/** No request of this app has more values than this; a bigger one is refused before it is parsed. */
const MAX_VALUES = 2_000;
/** Nor is any string in a request longer than this (the longest, a report copied as text, allows 50,000). */
const MAX_STRING = 50_000;
const MAX_DEPTH = 8;

/** True when `channel` names an API channel. */
export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(requestSchemas, channel);
}

/** A cheap walk that stops at the first sign of an oversized request: too many values, too deep, too long a string. */
function tooLarge(value: unknown): boolean {
  let budget = MAX_VALUES;
  const walk = (v: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > MAX_DEPTH) return true;
    if (typeof v === 'string') return v.length > MAX_STRING;
    if (Array.isArray(v)) {
      if (v.length > budget) return true;
      return v.some((x) => walk(x, depth + 1));
    }
    if (v && typeof v === 'object') return Object.values(v).some((x) => walk(x, depth + 1));
    return false;
  };
  return walk(value, 0);
}

/** Runs one call: an invalid request or an unexpected failure becomes an error result with a code, never a throw. */
export async function dispatch(handlers: ApiHandlers, channel: unknown, request: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return apiError(
      'unknown_channel',
      `Unknown request "${typeof channel === 'string' ? echo(channel) : typeof channel}".`,
    );
  }
  if (tooLarge(request)) {
    return apiError(
      'invalid_request',
      `Invalid request for ${channel}: it is far larger than any request of this app.`,
      {
        problem: 'too_long',
      },
    );
  }
  const parsed = requestSchemas[channel].safeParse(request ?? {});
  if (!parsed.success) return requestError(channel, parsed.error);
  try {
    const handler = handlers[channel] as (r: unknown) => Result<unknown> | Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (e) {
    console.error(`[api] ${channel} failed`, e);
    return apiError(
      'internal',
      `Something went wrong while handling ${channel}: ${echo((e as Error).message ?? String(e))}`,
    );
  }
}
