/** Migration 2: the shortlist of a visit. */
import type { Migration } from '../migrate';

export const migration0002: Migration = {
  version: 2,
  name: 'shortlists',
  why: 'A visit ends with a short, ordered list of records to approach, each with a note and a follow-up state, kept as advised even when the catalogue changes later.',
  up: `
    CREATE TABLE shortlist_items (
      visit_id TEXT NOT NULL REFERENCES visits(id),
      record_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      record_name TEXT NOT NULL,
      match_json TEXT,
      note TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL DEFAULT 'to_contact',
      added_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (visit_id, record_id)
    ) WITHOUT ROWID;
  `,
};
