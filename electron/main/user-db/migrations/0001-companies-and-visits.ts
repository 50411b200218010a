/** Migration 1: the first tables of the user's own database. */
import type { Migration } from '../migrate';

export const migration0001: Migration = {
  version: 1,
  name: 'companies-and-visits',
  why: 'An advisor keeps the companies they advise, each conversation with the question, the profile used and what was advised.',
  up: `
    CREATE TABLE companies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kvk TEXT,
      place TEXT NOT NULL DEFAULT '',
      sector TEXT NOT NULL DEFAULT '',
      size TEXT NOT NULL DEFAULT 'any',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX companies_updated ON companies(updated_at);
    CREATE TABLE visits (
      id TEXT PRIMARY KEY,
      company_id TEXT NOT NULL REFERENCES companies(id),
      date TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'visit',
      question TEXT NOT NULL DEFAULT '',
      profile_json TEXT NOT NULL,
      results_json TEXT,
      catalogue_hash TEXT,
      note TEXT NOT NULL DEFAULT '',
      follow_up_date TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX visits_company ON visits(company_id, date);
  `,
};
