/**
 * A value that follows another once it has stopped changing for a while: the map takes the new
 * answer when the typing pauses, so the list answers each keystroke without waiting for the map to
 * move, and the map does not jump on every letter.
 */
import { useEffect, useState } from 'react';

export function useAfterPause<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
