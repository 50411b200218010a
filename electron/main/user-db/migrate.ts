/**
 * Numbered migrations of the user's database. Each runs in a transaction and is recorded with a hash
 * of its SQL; an applied migration whose SQL changed afterwards is refused, as is a database from a
 * newer app. Before the first pending migration the file is copied, so nothing is ever lost to one.
 * No migration drops the user's data.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export type Migration = { version: number; name: string; why: string; up: string };

/** Why a database cannot be migrated. */
export class MigrationError extends Error {
  constructor(
    readonly problem: 'newer' | 'changed' | 'order',
    message: string,
  ) {
    super(message);
  }
}

export const sha256 = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** Checks that the list is numbered 1, 2, 3, … and that every migration says why. */
export function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new MigrationError('order', `migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    if (!m.why.trim()) throw new MigrationError('order', `migration ${m.version} does not say why`);
  });
}

/** The versions applied so far, with their hashes. */
export function appliedMigrations(db: Database.Database): { version: number; sha256: string }[] {
  db.exec(`CREATE TABLE IF NOT EXISTS _migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL
  )`);
  return db.prepare('SELECT version, sha256 FROM _migrations ORDER BY version').all() as {
    version: number;
    sha256: string;
  }[];
}

/**
 * Applies the pending migrations up to `upTo` (default: all). `beforeFirst` runs once before the first
 * pending one (the copy of the file). Returns the versions applied.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: { upTo?: number; beforeFirst?: (fromVersion: number) => void; now?: () => string } = {},
): number[] {
  checkMigrations(migrations);
  const applied = appliedMigrations(db);
  const latest = migrations.length;
  for (const a of applied) {
    const known = migrations[a.version - 1];
    if (!known) {
      throw new MigrationError(
        'newer',
        `this database has version ${a.version}; this app knows up to ${latest}: it is from a newer app`,
      );
    }
    if (known.version === a.version && sha256(known.up) !== a.sha256) {
      throw new MigrationError('changed', `migration ${a.version} (${known.name}) was changed after it was applied`);
    }
  }
  const current = applied.length ? applied[applied.length - 1].version : 0;
  const target = Math.min(options.upTo ?? latest, latest);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  options.beforeFirst?.(current);
  const now = options.now ?? (() => new Date().toISOString());
  const record = db.prepare('INSERT INTO _migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.version, m.name, sha256(m.up), now());
    })();
  }
  return pending.map((m) => m.version);
}
