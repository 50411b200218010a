/** Migration 3: a company's SBI code beside its sector as typed. */
import type { Migration } from '../migrate';

export const migration0003: Migration = {
  version: 3,
  name: 'company-sbi',
  why: "A company's sector is kept as the advisor typed it and, where known, as its SBI code (read from a code typed or the sector's words), so the company shows the code and the matcher and exports can rely on it.",
  // NULL: not read yet (companies saved before this version; read at the next start); '': read, no code known.
  up: `
    ALTER TABLE companies ADD COLUMN sbi TEXT;
  `,
};
