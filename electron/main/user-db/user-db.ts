/**
 * The user's own database (companies, visits, shortlists, notes): one SQLite file in the app's
 * user-data folder, separate from the read-only catalogue. WAL, foreign keys on, every change in a
 * transaction, numbered migrations. A file that cannot be opened (damaged, from a newer app, not ours)
 * is set aside under another name, never deleted, and the app starts with an empty database and says so.
 * Plain Node: the main process, the tests and the test transport use it.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MIGRATIONS } from './migrations';
import { migrate, MigrationError, type Migration } from './migrate';

/** Marks a SQLite file as this app's user database ("FLFN"). */
export const USER_DB_APPLICATION_ID = 0x464c464e;
export const USER_DB_FILE = 'fieldlab-finder.sqlite';

export type SetAsideReason = 'unreadable' | 'newer' | 'not_ours' | 'changed';
/** Said once after opening: the previous file could not be used and was kept under another name. */
export type UserDbNotice = { kind: 'set_aside'; reason: SetAsideReason; keptAs: string };

export type UserDb = {
  db: Database.Database;
  file: string;
  notice: UserDbNotice | null;
  /** The versions migrated at this opening. */
  migrated: number[];
  close: () => void;
};

export type OpenOptions = {
  /** Migrate only up to this version (tests of one migration). */
  upTo?: number;
  migrations?: readonly Migration[];
  now?: () => Date;
};

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** Why an existing file is not a usable database of this app, or null when it is. */
function problemOf(db: Database.Database, migrations: readonly Migration[]): SetAsideReason | null {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') return 'unreadable';
  const id = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
  if (id !== USER_DB_APPLICATION_ID && tables > 0) return 'not_ours';
  const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").get();
  if (hasLog) {
    const top = db.prepare('SELECT max(version) FROM _migrations').pluck().get() as number | null;
    if ((top ?? 0) > migrations.length) return 'newer';
  }
  return null;
}

/** Moves a database file and its WAL companions aside; returns the new name. */
function setAside(file: string, reason: SetAsideReason, now: Date): string {
  const keptAs = `${file}.${reason}-${stamp(now)}`;
  renameSync(file, keptAs);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, keptAs + suffix);
  }
  return keptAs;
}

function connect(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  return db;
}

/** Opens (and creates, and migrates) the user's database; never deletes an existing file. */
export function openUserDb(file: string, options: OpenOptions = {}): UserDb {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  let notice: UserDbNotice | null = null;
  let db: Database.Database | null = null;
  if (existsSync(file)) {
    let reason: SetAsideReason | null;
    try {
      db = connect(file);
      reason = problemOf(db, migrations);
    } catch {
      reason = 'unreadable';
    }
    if (reason) {
      db?.close();
      db = null;
      notice = { kind: 'set_aside', reason, keptAs: setAside(file, reason, now()) };
    }
  }
  db ??= connect(file);
  if ((db.pragma('application_id', { simple: true }) as number) === 0) {
    db.pragma(`application_id = ${USER_DB_APPLICATION_ID}`);
  }
  let migrated: number[];
  try {
    migrated = migrate(db, migrations, {
      upTo: options.upTo,
      now: () => now().toISOString(),
      // A copy of the file as it was, before the first change of its layout. VACUUM INTO, not the online
      // backup: opening is synchronous and the copy must be complete before the migration starts.
      beforeFirst: (from) => {
        if (from > 0) db!.exec(`VACUUM INTO '${`${file}.before-v${from + 1}-${stamp(now())}`.replace(/'/g, "''")}'`);
      },
    });
  } catch (e) {
    if (!(e instanceof MigrationError)) throw e;
    db.close();
    notice = {
      kind: 'set_aside',
      reason: e.problem === 'newer' ? 'newer' : 'changed',
      keptAs: setAside(file, e.problem === 'newer' ? 'newer' : 'changed', now()),
    };
    db = connect(file);
    db.pragma(`application_id = ${USER_DB_APPLICATION_ID}`);
    migrated = migrate(db, migrations, { upTo: options.upTo, now: () => now().toISOString() });
  }
  const opened = db;
  return { db: opened, file, notice, migrated, close: () => opened.close() };
}

/**
 * Copies the database into one file while it is in use, with SQLite's online backup API (page by page,
 * so the app keeps answering; changes made meanwhile through this connection are included). Written to a
 * temporary file and renamed, so the target is whole or absent.
 */
export async function backupUserDb(db: Database.Database, target: string): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  rmSync(tmp, { force: true });
  try {
    await db.backup(tmp);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Why a file offered for import is not a backup of this app, or null when it can be imported. */
export function importProblem(file: string, migrations: readonly Migration[] = MIGRATIONS): SetAsideReason | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problem = problemOf(db, migrations);
    if (problem) return problem;
    if ((db.pragma('application_id', { simple: true }) as number) !== USER_DB_APPLICATION_ID) return 'not_ours';
    return db.prepare("SELECT 1 FROM sqlite_master WHERE name = '_migrations'").get() ? null : 'not_ours';
  } catch {
    return 'unreadable';
  } finally {
    db?.close();
  }
}

/** The automatic backups: one a day, the newest `keep` kept, in `dir`. Returns the file made today, if any. */
export async function rollingBackup(
  db: Database.Database,
  dir: string,
  options: { keep?: number; now?: Date } = {},
): Promise<string | null> {
  const keep = options.keep ?? 7;
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  mkdirSync(dir, { recursive: true });
  const today = join(dir, `fieldlab-finder-${day}.sqlite`);
  let made: string | null = null;
  if (!existsSync(today)) {
    await backupUserDb(db, today);
    made = today;
  }
  // Only the app's own daily copies rotate; the user's database and other files are never touched.
  const daily = readdirSync(dir)
    .filter((f) => /^fieldlab-finder-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f))
    .sort()
    .reverse();
  for (const old of daily.slice(keep)) rmSync(join(dir, old), { force: true });
  return made;
}

/** The backups in a folder, newest first, with their size. */
export function listBackups(dir: string): { file: string; name: string; bytes: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((name) => ({ file: join(dir, name), name: basename(name), bytes: statSync(join(dir, name)).size }));
}
