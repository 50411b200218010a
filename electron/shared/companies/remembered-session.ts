/**
 * Which company and visit were open at the last close, as kept in storage. What is read back goes
 * through a schema: a value that does not parse is set aside under another key (never deleted) and the
 * app starts without a company, with a notice, as for the remembered profile.
 */
import { z } from 'zod';

export const SESSION_KEY = 'fieldlab-finder.session';
export const SESSION_SET_ASIDE_KEY = 'fieldlab-finder.session.set-aside';
/** A remembered session is two ids; anything longer is not one and is not parsed. */
const MAX_STORED = 1_000;

const rememberedSessionSchema = z
  .object({ companyId: z.string().uuid(), visitId: z.string().uuid().nullable() })
  .strict();

export type RememberedSession = z.infer<typeof rememberedSessionSchema>;

/** The part of `localStorage` this needs, so that it can be given a stand-in. */
export type SessionStorage = { getItem(key: string): string | null; setItem(key: string, value: string): void };

/** What storage held: the session to reopen (or none), and whether an unreadable one was set aside. */
export function readRememberedSession(storage: SessionStorage): {
  session: RememberedSession | null;
  setAside: boolean;
} {
  let text: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
  } catch {
    return { session: null, setAside: false };
  }
  if (text === null) return { session: null, setAside: false };
  const parsed = text.length <= MAX_STORED ? rememberedSessionSchema.safeParse(parseJson(text)) : null;
  if (parsed?.success) return { session: parsed.data, setAside: false };
  try {
    storage.setItem(SESSION_SET_ASIDE_KEY, text);
  } catch {
    // Storage refuses writes: the unreadable value stays where it is, and is still not used.
  }
  return { session: null, setAside: true };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
