/** One API call whose answer belongs to its request: a new request clears the old answer and error. */
import { useEffect, useState } from 'react';
import type { ApiError, ApiRequest, ApiResponses, Channel, Result } from '../../../electron/shared/api';
import { api } from './window-api';

export type ApiQuery<T> = { data: T | null; error: ApiError | null; loading: boolean };

/**
 * Calls `channel` with `request` (or nothing while it is null) and keeps the answer of the newest call only.
 * `key` says when the request changed; by default its JSON.
 */
export function useApiQuery<C extends Channel>(
  channel: C,
  request: ApiRequest<C> | null,
  key: string = JSON.stringify(request),
): ApiQuery<ApiResponses[C]> {
  const [state, setState] = useState<ApiQuery<ApiResponses[C]> & { key: string | null }>({
    data: null,
    error: null,
    loading: false,
    key: null,
  });
  useEffect(() => {
    if (request === null) return;
    let live = true;
    const call = api()[channel] as unknown as (r: ApiRequest<C>) => Promise<Result<ApiResponses[C]>>;
    call(request).then(
      (r) =>
        live &&
        setState({
          key,
          loading: false,
          data: r.ok ? (r.value as ApiResponses[C]) : null,
          error: r.ok ? null : r.error,
        }),
      (e: Error) =>
        live &&
        setState({ key, loading: false, data: null, error: { code: 'internal', message: e.message, params: {} } }),
    );
    return () => {
      live = false;
    };
    // `key` stands for the request: a new object with the same content is the same request.
  }, [channel, key]);
  // An answer to an earlier request is never shown for this one.
  if (request === null) return { data: null, error: null, loading: false };
  return state.key === key ? state : { data: null, error: null, loading: true };
}
