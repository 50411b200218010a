/**
 * The app's start without Electron: a missing, truncated or corrupted catalogue, or a user-data folder
 * that cannot be used, gives an answer naming the part that failed (the main process shows it in a
 * message box) instead of a throw that would stop the start silently. Nothing of the user's is deleted.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServices } from '../../electron/main/start-services';
import { buildTempCatalogue } from '../support/catalogue-fixture';

const built = buildTempCatalogue();
const dir = mkdtempSync(join(tmpdir(), 'fieldlab-start-'));
afterAll(() => {
  built.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const deps = {
  openExternal: async () => {},
  copyText: () => {},
  files: { saveAs: async () => null, openBackup: async () => null },
  printReport: async () => Buffer.alloc(0),
};
const start = (catalogueFile: string, userDir = join(dir, 'user')) =>
  startServices({
    catalogueFile,
    userDbFile: join(userDir, 'fieldlab-finder.sqlite'),
    backupDir: join(userDir, 'backups'),
    deps,
  });

/** A copy of the real catalogue, damaged by `damage`. */
function damaged(name: string, damage: (bytes: Buffer) => Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, damage(readFileSync(built.file)));
  return file;
}

describe('starting the app', () => {
  it('starts over a good catalogue and answers', async () => {
    const started = start(built.file);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect((await started.handlers['catalogue:meta']({})).ok).toBe(true);
    started.close();
  });

  it("makes today's backup of the user's data at start, and a second start that day makes no other", async () => {
    const userDir = join(dir, 'backed-up');
    const first = start(built.file, userDir);
    if (!first.ok) throw new Error('setup');
    await first.userData.settled();
    const today = `fieldlab-finder-${new Date().toISOString().slice(0, 10)}.sqlite`;
    expect(first.userData.backups().map((b) => b.name)).toEqual([today]);
    first.close();
    const again = start(built.file, userDir);
    if (!again.ok) throw new Error('setup');
    await again.userData.settled();
    expect(readdirSync(join(userDir, 'backups'))).toEqual([today]);
    again.close();
  });

  it.each([
    ['missing', () => join(dir, 'nothing-here.sqlite'), /does not exist/],
    ['truncated to half', () => damaged('half.sqlite', (b) => b.subarray(0, b.length / 2)), /damaged|not a readable/],
    [
      'overwritten in the middle',
      () =>
        damaged('holes.sqlite', (b) => {
          const copy = Buffer.from(b);
          for (let at = 8192; at < copy.length; at += 65_536) copy.fill(0x5a, at, at + 4096);
          return copy;
        }),
      /damaged|not a readable/,
    ],
    ['not a database at all', () => damaged('text.sqlite', () => Buffer.from('hello '.repeat(2000))), /not a readable/],
  ])('says the catalogue cannot be read when it is %s', (_name, file, detail) => {
    const started = start(file());
    expect(started).toMatchObject({ ok: false, part: 'catalogue', detail: expect.stringMatching(detail) });
  });

  it('says the user data cannot be opened when its folder is a file, and deletes nothing', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where the user-data folder should be');
    const started = start(built.file, blocker);
    expect(started).toMatchObject({ ok: false, part: 'user_data' });
    expect(readFileSync(blocker, 'utf8')).toBe('a file where the user-data folder should be');
  });

  it('starts with an empty database when the user database is damaged, and keeps the damaged one', () => {
    const userDir = join(dir, 'damaged-user');
    const first = start(built.file, userDir);
    if (!first.ok) throw new Error('setup');
    first.close();
    const file = join(userDir, 'fieldlab-finder.sqlite');
    copyFileSync(file, `${file}.copy`);
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 100), Buffer.alloc(5000, 0x41)]));
    const again = start(built.file, userDir);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.userData.setAside).toMatchObject({
      reason: 'unreadable',
      keptAs: expect.stringContaining('unreadable'),
    });
    again.close();
  });
});
