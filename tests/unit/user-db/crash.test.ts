/**
 * No note is lost to a crash: a child process writes notes as fast as it can and is killed (SIGKILL)
 * mid-way; every write it reported as committed is in the database afterwards, which opens cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { saveCompany } from '../../../electron/main/companies/company-repository';
import { addToShortlist, getVisit, saveVisit } from '../../../electron/main/companies/visit-repository';
import { openUserDb } from '../../../electron/main/user-db/user-db';
import { EMPTY_PROFILE } from '../../../electron/shared/companies/company-profile';

const dir = mkdtempSync(join(tmpdir(), 'fieldlab-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs the writer until it has reported `atLeast` commits and a random number more, then kills it. */
function writeAndKill(file: string, visitId: string, recordId: string, atLeast: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/note-writer.ts', file, visitId, recordId],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const killAt = atLeast + Math.floor(Math.random() * 200);
    let last = 0;
    let buffered = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) last = Math.max(last, Number(line));
      if (last >= killAt) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done(last) : fail(new Error(`the writer stopped by itself: ${errors}`)),
    );
  });
}

it('keeps every committed note when the app is killed while writing', async () => {
  const file = join(dir, 'fieldlab-finder.sqlite');
  const setup = openUserDb(file);
  const now = new Date().toISOString();
  const company = saveCompany(setup.db, { name: 'Crashtest BV' }, now, () => null);
  const visitId = saveVisit(
    setup.db,
    { companyId: company.id, date: '2026-11-25', kind: 'visit', question: 'x', profile: EMPTY_PROFILE },
    null,
    now,
  );
  addToShortlist(setup.db, { visitId, recordId: 'ramlab', recordName: 'RAMLAB', match: null }, now);
  setup.close();

  for (let round = 0; round < 3; round++) {
    const reported = await writeAndKill(file, visitId, 'ramlab', 50);
    const reopened = openUserDb(file);
    expect(reopened.notice, 'the database opens without being set aside').toBeNull();
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const visit = getVisit(reopened.db, visitId, { hash: '', statusOf: () => 'active' })!;
    const visitNote = Number(visit.note.split(' ')[0]);
    const itemNote = Number(visit.shortlist[0].note.split(' ')[0]);
    // The last reported write is there; at most the one in flight when killed is newer.
    expect(visitNote).toBeGreaterThanOrEqual(reported);
    expect(itemNote).toBeGreaterThanOrEqual(reported);
    expect(visitNote - reported).toBeLessThanOrEqual(1);
    reopened.close();
  }
});
