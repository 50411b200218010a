import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTempCatalogue } from '../../support/catalogue-fixture';

const built = buildTempCatalogue();
const ROOT = resolve(import.meta.dirname, '../../..');
// An empty folder for the bundle, as on a clean clone; inside the project, where its dependencies resolve.
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const cache = mkdtempSync(join(ROOT, '.cache', 'cli-test-'));
afterAll(() => {
  built.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe('npm run match, as compiled JavaScript', () => {
  const launcher = join(ROOT, 'build/cli/run-match.js');
  const cli = join(ROOT, 'electron/cli/match.ts');
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const env = { ...process.env, FIELDLAB_CATALOGUE: built.file, FIELDLAB_CLI_CACHE: cache };
  const question = ['--place', 'den bosch', '--sector', 'metaal', '--need', 'lasrobot voor dunne plaat', '--json'];
  const compiled = (args: string[]) => spawnSync(process.execPath, [launcher, ...args], { env, encoding: 'utf8' });

  it('builds itself on first use and answers exactly as the TypeScript source does', () => {
    const fromSource = execFileSync(tsx, [cli, ...question], { env, encoding: 'utf8' });
    const first = compiled(question);
    expect(first.status).toBe(0);
    expect(existsSync(join(cache, 'match.mjs'))).toBe(true);
    expect(first.stdout).toBe(fromSource);
    expect(JSON.parse(first.stdout).matches.length).toBeGreaterThan(0);
    // The second run reads the stems the first one kept, and still gives the same answer.
    expect(existsSync(join(cache, 'stems.json'))).toBe(true);
    expect(compiled(question).stdout).toBe(fromSource);
  });

  it('rebuilds the bundle when a source is newer than it', () => {
    compiled(['--help']);
    const bundle = join(cache, 'match.mjs');
    utimesSync(bundle, new Date(0), new Date(0));
    expect(compiled(['--help']).status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);
  });

  it('keeps --help, the exit codes and the one-line messages', () => {
    const help = compiled(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run match -- --need/);
    const unknown = compiled(['--place', 'Atlantis', '--need', 'robot', '--lang', 'en']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/"Atlantis" is not a Dutch town/);
    const wrong = compiled(['--wat']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^match: onbekende optie --wat \(zie --help\)$/m);
  });
});
