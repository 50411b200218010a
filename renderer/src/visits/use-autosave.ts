/**
 * A text saved as it is typed: each change is written after a short pause, and whatever is still
 * pending is written when the field loses focus, when it goes away and before the window closes.
 * A failed write is kept pending and tried again with the next change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../electron/shared/api';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const DELAY_MS = 400;

export function useAutosave(initial: string, save: (value: string) => Promise<Result<unknown>>) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const v = pending.current;
    if (v === null) return;
    pending.current = null;
    setStatus('saving');
    const failed = () => {
      if (pending.current === null) pending.current = v;
      setStatus('failed');
    };
    saveRef.current(v).then((r) => (r.ok ? setStatus('saved') : failed()), failed);
  }, []);

  const change = useCallback(
    (v: string) => {
      setValue(v);
      pending.current = v;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  return { value, change, flush, status };
}
