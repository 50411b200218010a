/**
 * A callback whose identity never changes and that always calls the newest function it was given:
 * a parent that draws on every keystroke can hand it to a memoised child (the map, the results list)
 * without making that child draw again.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useSteadyCallback<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const latest = useRef(f);
  useLayoutEffect(() => {
    latest.current = f;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
