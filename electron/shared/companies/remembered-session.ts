/**
 * Which company and visit were open at the last close, as the screen remembers them. Whatever comes
 * back from storage goes through `restoreSession` (./remembered-session-schema.ts, main process only:
 * the screen carries no schema library).
 */

/** The remembered session is two ids; the screen sets aside anything longer without asking. */
export const MAX_STORED_SESSION = 1_000;

/** The company and visit to reopen. */
export type RememberedSession = { companyId: string; visitId: string | null };
