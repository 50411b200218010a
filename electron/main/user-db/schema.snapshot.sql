CREATE TABLE _migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL
  );

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
  , sbi TEXT);

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

CREATE INDEX companies_updated ON companies(updated_at);

CREATE INDEX visits_company ON visits(company_id, date);
