/**
 * The user's own database: each migration from the version before it, the schema against its committed
 * snapshot, unusable files set aside (never deleted), backups out and back in, the daily rolling backup.
 * To accept a deliberate schema change: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/user-db
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/user-db/migrations';
import type { Migration } from '../../../electron/main/user-db/migrate';
import { UserData } from '../../../electron/main/user-db/user-data';
import {
  importProblem,
  openUserDb,
  rollingBackup,
  USER_DB_APPLICATION_ID,
} from '../../../electron/main/user-db/user-db';

const SNAPSHOT = resolve(import.meta.dirname, '../../../electron/main/user-db/schema.snapshot.sql');

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldlab-userdb-'));
  file = join(dir, 'fieldlab-finder.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const day = (d: string) => () => new Date(`${d}T10:00:00Z`);

/** The schema as SQLite keeps it: every table and index, in name order. */
function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name",
    )
    .pluck()
    .all() as string[];
  return rows.map((sql) => `${sql.replace(/\n\s+/g, '\n  ').trim()};`).join('\n\n') + '\n';
}

/** Rows a user would have made at version 1: a company and a visit. */
function seedV1(db: Database.Database) {
  db.prepare(
    `INSERT INTO companies (id, name, kvk, place, created_at, updated_at)
     VALUES ('c1', 'Bakkerij Jansen', '12345678', 'Apeldoorn', '2026-01-01', '2026-01-01')`,
  ).run();
  db.prepare(
    `INSERT INTO visits (id, company_id, date, question, profile_json, note, created_at, updated_at)
     VALUES ('v1', 'c1', '2026-01-02', 'verpakkingsrobot', '{}', 'Jan belt terug', '2026-01-02', '2026-01-02')`,
  ).run();
}

describe('migrations', () => {
  it('are numbered in order, each says why, and none drops or deletes anything', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.why.length).toBeGreaterThan(20);
      expect(m.up).not.toMatch(/\b(DROP|DELETE)\b/i);
    });
  });

  it('0001 creates companies and visits on an empty file, marked as this app', () => {
    const opened = openUserDb(file, { upTo: 1, now: day('2026-01-01') });
    expect(opened.migrated).toEqual([1]);
    expect(opened.db.pragma('application_id', { simple: true })).toBe(USER_DB_APPLICATION_ID);
    seedV1(opened.db);
    expect(opened.db.prepare('SELECT name FROM companies').pluck().get()).toBe('Bakkerij Jansen');
    opened.close();
  });

  it('0002 adds shortlists to a version-1 database, keeps its data and a copy made before', () => {
    const v1 = openUserDb(file, { upTo: 1, now: day('2026-01-01') });
    seedV1(v1.db);
    v1.close();
    const v2 = openUserDb(file, { upTo: 2, now: day('2026-02-01') });
    expect(v2.migrated).toEqual([2]);
    expect(v2.notice).toBeNull();
    expect(v2.db.prepare('SELECT note FROM visits WHERE id = ?').pluck().get('v1')).toBe('Jan belt terug');
    v2.db
      .prepare(
        `INSERT INTO shortlist_items (visit_id, record_id, position, record_name, added_at, updated_at)
         VALUES ('v1', 'fieldlab-industrial-robotics', 0, 'Fieldlab Industrial Robotics', 'x', 'x')`,
      )
      .run();
    // A shortlist belongs to a visit that exists: foreign keys are on.
    expect(() =>
      v2.db
        .prepare(
          `INSERT INTO shortlist_items (visit_id, record_id, position, record_name, added_at, updated_at)
           VALUES ('nope', 'x', 0, 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    v2.close();
    const copies = readdirSync(dir).filter((f) => f.includes('.before-v2-'));
    expect(copies).toHaveLength(1);
    const copy = new Database(join(dir, copies[0]), { readonly: true });
    expect(copy.prepare('SELECT max(version) FROM _migrations').pluck().get()).toBe(1);
    expect(copy.prepare('SELECT name FROM companies').pluck().get()).toBe('Bakkerij Jansen');
    copy.close();
  });

  it('0003 adds the SBI code to a version-2 database: every company and its sector kept, the code still to be read', () => {
    const v2 = openUserDb(file, { upTo: 2, now: day('2026-01-01') });
    seedV1(v2.db);
    v2.db.prepare("UPDATE companies SET sector = 'bakkerij' WHERE id = 'c1'").run();
    v2.close();
    const v3 = openUserDb(file, { upTo: 3, now: day('2026-03-01') });
    expect(v3.migrated).toEqual([3]);
    expect(v3.db.prepare("SELECT name, sector, sbi FROM companies WHERE id = 'c1'").get()).toEqual({
      name: 'Bakkerij Jansen',
      sector: 'bakkerij',
      sbi: null,
    });
    expect(v3.db.prepare("SELECT note FROM visits WHERE id = 'v1'").pluck().get()).toBe('Jan belt terug');
    v3.close();
    expect(readdirSync(dir).filter((f) => f.includes('.before-v3-'))).toHaveLength(1);
  });

  it('give the schema in the committed snapshot', () => {
    const opened = openUserDb(file);
    const schema = schemaOf(opened.db);
    opened.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, schema);
    expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('opening again changes nothing', () => {
    openUserDb(file).close();
    const again = openUserDb(file);
    expect(again.migrated).toEqual([]);
    expect(again.notice).toBeNull();
    again.close();
  });
});

describe('a database that cannot be used is set aside, never deleted', () => {
  it('a damaged file: kept byte for byte under another name, and an empty database starts', () => {
    const junk = Buffer.from('SQLite format 3\0' + 'this is not a database '.repeat(200));
    writeFileSync(file, junk);
    const opened = openUserDb(file, { now: day('2026-03-01') });
    expect(opened.notice).toMatchObject({ kind: 'set_aside', reason: 'unreadable' });
    expect(readFileSync(opened.notice!.keptAs)).toEqual(junk);
    expect(opened.db.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(0);
    opened.close();
  });

  it('a database of a newer app version', () => {
    const first = openUserDb(file);
    seedV1(first.db);
    first.db.prepare("INSERT INTO _migrations VALUES (99, 'future', 'x', '2030-01-01')").run();
    first.close();
    const opened = openUserDb(file, { now: day('2026-03-01') });
    expect(opened.notice?.reason).toBe('newer');
    const kept = new Database(opened.notice!.keptAs, { readonly: true });
    expect(kept.prepare('SELECT name FROM companies').pluck().get()).toBe('Bakkerij Jansen');
    kept.close();
    opened.close();
  });

  it('a database whose applied migration was changed afterwards', () => {
    openUserDb(file).close();
    const changed: Migration[] = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, up: `${m.up}\n-- edited` } : m));
    const opened = openUserDb(file, { migrations: changed, now: day('2026-03-01') });
    expect(opened.notice?.reason).toBe('changed');
    expect(existsSync(opened.notice!.keptAs)).toBe(true);
    opened.close();
  });

  it("another program's SQLite file", () => {
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)');
    other.close();
    const opened = openUserDb(file, { now: day('2026-03-01') });
    expect(opened.notice?.reason).toBe('not_ours');
    const kept = new Database(opened.notice!.keptAs, { readonly: true });
    expect(kept.prepare('SELECT total FROM invoices').pluck().get()).toBe(9.5);
    kept.close();
    opened.close();
  });
});

describe('backups', () => {
  it('export and import back: the data as it was exported; the data replaced is kept aside', async () => {
    const data = new UserData(file, join(dir, 'backups'), day('2026-04-01'));
    seedV1(data.db);
    const exported = join(dir, 'my-backup.sqlite');
    await data.exportTo(exported);
    expect(importProblem(exported)).toBeNull();
    data.db.prepare("UPDATE visits SET note = 'changed after the backup' WHERE id = 'v1'").run();

    const result = await data.importFrom(exported);
    expect(result.ok).toBe(true);
    expect(data.db.prepare("SELECT note FROM visits WHERE id = 'v1'").pluck().get()).toBe('Jan belt terug');
    const previous = new Database((result as { previousKeptAs: string }).previousKeptAs, { readonly: true });
    expect(previous.prepare("SELECT note FROM visits WHERE id = 'v1'").pluck().get()).toBe('changed after the backup');
    previous.close();
    data.close();
  });

  it('an export taken while notes are being written is whole and holds every note written until it finished', async () => {
    const data = new UserData(file, join(dir, 'backups'));
    seedV1(data.db);
    // Enough visits for the online backup to need many steps (it copies 100 pages a step).
    const add = data.db.prepare(
      `INSERT INTO visits (id, company_id, date, question, profile_json, note, created_at, updated_at)
       VALUES (?, 'c1', '2026-01-03', 'vraag', '{}', ?, 'x', 'x')`,
    );
    data.db.transaction(() => {
      for (let i = 0; i < 2000; i++) add.run(`seed-${i}`, `notitie ${i} `.repeat(40));
    })();
    const exported = join(dir, 'during-writes.sqlite');
    const exporting = data.exportTo(exported);
    let finished = false;
    let written = 0;
    void exporting.then(() => (finished = true));
    // The advisor keeps typing: one note between each step of the backup, until it has finished.
    while (!finished) {
      await new Promise((r) => setImmediate(r));
      if (!finished) add.run(`typed-${written++}`, 'getypt tijdens de back-up');
    }
    await exporting;
    expect(written).toBeGreaterThan(1);
    const copy = new Database(exported, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("SELECT count(*) FROM visits WHERE id LIKE 'typed-%'").pluck().get()).toBe(written);
    expect(copy.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(2001 + written);
    copy.close();
    expect(importProblem(exported)).toBeNull();
    data.close();
  });

  it('refuses a file that is not a backup of this app and changes nothing', async () => {
    const data = new UserData(file, join(dir, 'backups'));
    seedV1(data.db);
    const notOurs = join(dir, 'other.sqlite');
    const other = new Database(notOurs);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some text');
    expect(await data.importFrom(notOurs)).toEqual({ ok: false, reason: 'not_ours' });
    expect(await data.importFrom(text)).toEqual({ ok: false, reason: 'unreadable' });
    expect(await data.importFrom(join(dir, 'missing.sqlite'))).toEqual({ ok: false, reason: 'unreadable' });
    expect(data.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1);
    data.close();
  });

  it('makes one automatic backup a day and keeps the last seven; other files in the folder stay', async () => {
    const opened = openUserDb(file);
    seedV1(opened.db);
    const backups = join(dir, 'backups');
    await rollingBackup(opened.db, backups, { now: new Date('2026-05-01T08:00:00Z') });
    writeFileSync(join(backups, 'my-own-copy.sqlite'), 'mine');
    for (let d = 1; d <= 10; d++) {
      const date = new Date(Date.UTC(2026, 4, d, 9));
      await rollingBackup(opened.db, backups, { now: date });
      // A second start on the same day makes no second copy.
      expect(await rollingBackup(opened.db, backups, { now: date })).toBeNull();
    }
    const files = readdirSync(backups).sort();
    expect(files).toContain('my-own-copy.sqlite');
    const daily = files.filter((f) => f.startsWith('fieldlab-finder-'));
    expect(daily).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => `fieldlab-finder-2026-05-${String(d).padStart(2, '0')}.sqlite`),
    );
    expect(importProblem(join(backups, daily[6]))).toBeNull();
    const newest = new Database(join(backups, daily[6]), { readonly: true });
    expect(newest.prepare("SELECT note FROM visits WHERE id = 'v1'").pluck().get()).toBe('Jan belt terug');
    newest.close();
    opened.close();
  });
});
