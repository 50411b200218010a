/** Listens for the shortcuts of the table and runs the screen's handler for each. */
import { useLayoutEffect, useRef } from 'react';
import { shortcutFor, type Shortcut, type ShortcutAction } from './shortcuts';

/** A handler returns false when the shortcut means nothing right now: the key then keeps its usual effect. */
export type ShortcutHandlers = Partial<Record<ShortcutAction, (e: KeyboardEvent) => boolean | void>>;

/** Runs `handlers` for the shortcuts of `scope`; none while a modal dialog is open (it has its own keys). */
export function useShortcuts(scope: Shortcut['scope'], handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  // Before the first paint, so that a key pressed as soon as the screen shows is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const shortcut = shortcutFor(e, [scope]);
      const run = shortcut && latest.current[shortcut.action];
      if (run && run(e) !== false) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope]);
}
