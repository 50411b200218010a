/**
 * The keyboard shortcuts, in one table: the key handler dispatches from it and the help overlay
 * lists it, so what is shown is what works. Ctrl stands for ⌘ on a Mac.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** What a shortcut does; the screen that is showing decides how. */
export type ShortcutAction =
  | 'help'
  | 'newQuestion'
  | 'focusNeed'
  | 'jumpToResults'
  | 'openResult'
  | 'findByName'
  | 'back'
  | 'report'
  | 'save'
  | 'switchLanguage';

/** One row of the table: the keys as shown, and whether an event is this shortcut. */
export type Shortcut = {
  action: ShortcutAction;
  /** The keys as the overlay shows them, with "Mod" for Ctrl (⌘ on a Mac). */
  keys: string[];
  /** Where it works: everywhere, or only on the advice screen. */
  scope: 'app' | 'advisor';
  matches: (e: KeyEvent) => boolean;
};

type KeyEvent = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>;

const mod = (e: KeyEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;
const modKey = (key: string) => (e: KeyEvent) => mod(e) && !e.shiftKey && e.key.toLowerCase() === key;

/** True while the user types in a text field: plain keys such as "?" belong to the text then. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** The number 1–9 of a Ctrl+digit press (by its key position, so Shift or a keyboard layout does not matter). */
export function resultNumber(e: KeyEvent): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return m ? Number(m[1]) : null;
}

export const SHORTCUTS: Shortcut[] = [
  {
    action: 'help',
    keys: ['?', 'F1'],
    scope: 'app',
    matches: (e) => e.key === 'F1' || (e.key === '?' && !mod(e) && !typingIn(e.target)),
  },
  { action: 'newQuestion', keys: ['Mod+N'], scope: 'advisor', matches: modKey('n') },
  { action: 'focusNeed', keys: ['Mod+L'], scope: 'advisor', matches: modKey('l') },
  { action: 'jumpToResults', keys: ['Mod+J'], scope: 'advisor', matches: modKey('j') },
  {
    action: 'openResult',
    keys: ['Mod+1 … Mod+9'],
    scope: 'advisor',
    matches: (e) => mod(e) && !e.shiftKey && resultNumber(e) !== null,
  },
  { action: 'findByName', keys: ['Mod+F'], scope: 'advisor', matches: modKey('f') },
  { action: 'back', keys: ['Esc'], scope: 'advisor', matches: (e) => e.key === 'Escape' && !mod(e) },
  { action: 'report', keys: ['Mod+P'], scope: 'advisor', matches: modKey('p') },
  { action: 'save', keys: ['Mod+S'], scope: 'advisor', matches: modKey('s') },
  {
    action: 'switchLanguage',
    keys: ['Mod+Shift+L'],
    scope: 'app',
    matches: (e) => mod(e) && e.shiftKey && e.code === 'KeyL',
  },
];

/** The shortcut an event stands for, if any, among those of the given scopes. */
export function shortcutFor(e: KeyEvent | ReactKeyboardEvent, scopes: readonly Shortcut['scope'][]): Shortcut | null {
  return SHORTCUTS.find((s) => scopes.includes(s.scope) && s.matches(e as KeyEvent)) ?? null;
}

/** The key that goes with a shortcut on this computer: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD_LABEL = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Keys as shown to the user: "Mod+N" → "Ctrl+N" (or "⌘+N"). */
export function keyLabel(keys: string): string {
  return keys.replaceAll('Mod', MOD_LABEL);
}
