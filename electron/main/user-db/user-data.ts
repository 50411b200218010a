/**
 * Owns the user's database for the running app: opens it (setting an unusable file aside), makes the
 * daily backup, exports it to a file and imports one back. Backups use SQLite's online backup, which
 * runs in steps while the app keeps working. Importing first waits for a backup under way, copies the
 * current data to the backup folder, then swaps the file in whole (temp file + rename) and reopens it.
 */
import type Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupUserDb,
  importProblem,
  listBackups,
  openUserDb,
  rollingBackup,
  type SetAsideReason,
  type UserDb,
  type UserDbNotice,
} from './user-db';

export class UserData {
  private current: UserDb;
  private readonly notices: UserDbNotice[] = [];
  /** Backups under way: the file is not swapped or closed under them. */
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;
  /** Work each opened database gets once, before anything reads it (see whenOpened). */
  private readonly onOpen: ((db: Database.Database) => void)[] = [];

  constructor(
    readonly file: string,
    readonly backupDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.current = openUserDb(file, { now });
    if (this.current.notice) this.notices.push(this.current.notice);
  }

  get db(): Database.Database {
    return this.current.db;
  }

  /**
   * Runs `prepare` on the database now and again each time an import replaces it: for data that an
   * older version left incomplete and that needs the catalogue to complete (a company's SBI code).
   */
  whenOpened(prepare: (db: Database.Database) => void): void {
    this.onOpen.push(prepare);
    prepare(this.db);
  }

  /** The most recent "set aside" notice, if any. */
  get setAside(): UserDbNotice | null {
    return this.notices[this.notices.length - 1] ?? null;
  }

  /**
   * Makes today's automatic backup when there is none yet, keeping the last seven. Quitting while it is
   * under way stops it (its temporary file is removed; the next start makes it): then it answers null.
   */
  dailyBackup(): Promise<string | null> {
    const made = rollingBackup(this.db, this.backupDir, { keep: 7, now: this.now() }).catch((e: unknown) => {
      if (this.closed) return null;
      throw e;
    });
    return this.track(made);
  }

  backups(): { name: string; bytes: number }[] {
    return listBackups(this.backupDir).map(({ name, bytes }) => ({ name, bytes }));
  }

  /** Writes all the user's data to one file (SQLite's online backup). */
  exportTo(target: string): Promise<void> {
    return this.track(backupUserDb(this.db, target));
  }

  /** Resolves when no backup is under way (each one's failure is its own caller's to report). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * Replaces the data with a backup file after checking it is one of this app; the current data is
   * first kept in the backup folder. Returns that copy's path, or why the file cannot be imported.
   */
  async importFrom(
    source: string,
  ): Promise<{ ok: true; previousKeptAs: string } | { ok: false; reason: SetAsideReason }> {
    const problem = importProblem(source);
    if (problem) return { ok: false, reason: problem };
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const previousKeptAs = join(this.backupDir, `before-import-${stamp}.sqlite`);
    await this.exportTo(previousKeptAs);
    await this.settled();
    const tmp = `${this.file}.import-${process.pid}`;
    copyFileSync(source, tmp);
    this.current.close();
    for (const suffix of ['-wal', '-shm']) if (existsSync(this.file + suffix)) rmSync(this.file + suffix);
    renameSync(tmp, this.file);
    this.current = openUserDb(this.file, { now: this.now });
    if (this.current.notice) this.notices.push(this.current.notice);
    for (const prepare of this.onOpen) prepare(this.db);
    return { ok: true, previousKeptAs };
  }

  close(): void {
    this.closed = true;
    this.current.close();
  }
}
