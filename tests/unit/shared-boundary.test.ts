import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.message);

describe('electron/shared stays process-neutral (ESLint)', () => {
  it.each([
    ["import { app } from 'electron';\nexport const x = app;", 'must not import electron'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'must not import Node modules'],
    ["import Database from 'better-sqlite3';\nexport const x = Database;", 'free of process-specific libraries'],
    ['export const title = () => document.title;', 'must not use the DOM'],
    ['export const store = () => window.localStorage;', 'must not use the DOM'],
    ['export const env = () => process.env.HOME;', 'must not use Node globals'],
  ])('rejects %s', async (code, message) => {
    expect((await lint(code, 'electron/shared/example.ts')).join('\n')).toContain(message);
  });

  it('accepts pure code', async () => {
    expect(await lint("import { z } from 'zod';\nexport const id = z.string();", 'electron/shared/example.ts')).toEqual(
      [],
    );
  });

  it('does not restrict the main process', async () => {
    expect(await lint("import { app } from 'electron';\nexport const x = app;", 'electron/main/example.ts')).toEqual(
      [],
    );
  });
});
