/**
 * The remembered session read back through a schema: a value that does not parse is to be set aside
 * and the app starts without a company, with a notice, as for the profile.
 */
import { z } from 'zod';
import type { RememberedSession } from './remembered-session';

const rememberedSessionSchema = z
  .object({ companyId: z.string().uuid(), visitId: z.string().uuid().nullable() })
  .strict() satisfies z.ZodType<RememberedSession>;

/** The stored text read back: the session to reopen (or none), and whether the text should be set aside. */
export function restoreSession(stored: string | null): { session: RememberedSession | null; setAside: boolean } {
  if (stored === null) return { session: null, setAside: false };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { session: null, setAside: true };
  }
  const parsed = rememberedSessionSchema.safeParse(raw);
  return parsed.success ? { session: parsed.data, setAside: false } : { session: null, setAside: true };
}
