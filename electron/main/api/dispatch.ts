/** Validates a request against its channel's schema and runs the handler; shared by IPC and the test transport. */
import { requestSchemas, type ApiHandlers, type Channel, type Result } from '../../shared/api';

/** True when `channel` names an API channel. */
export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(requestSchemas, channel);
}

/** Runs one call: an invalid request or an unexpected failure becomes a clear error result, never a throw. */
export async function dispatch(handlers: ApiHandlers, channel: unknown, request: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: `Unknown request "${String(channel)}".` };
  const parsed = requestSchemas[channel].safeParse(request ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `Invalid request for ${channel}: ${where}${issue.message}` };
  }
  try {
    const handler = handlers[channel] as (r: unknown) => Result<unknown> | Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (e) {
    console.error(`[api] ${channel} failed`, e);
    return { ok: false, error: `Something went wrong while handling ${channel}: ${(e as Error).message}` };
  }
}
