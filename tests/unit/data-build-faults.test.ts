/**
 * The data build under faults. Each broken input stops the build with an error that names the file
 * (and the record, field or line) and leaves the catalogue that was there byte-identical; a build
 * killed at a random moment leaves the old catalogue or the complete new one, never a half-written
 * file, and the next build clears its debris.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../build/catalogue/build-catalogue';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { copyDataDir } from '../support/catalogue-fixture';

const data = copyDataDir();
afterAll(() => data.cleanup());
const out = join(data.dir, 'generated', 'catalogue.sqlite');
const first = buildCatalogue(data.dir, out);
if (!first.ok) throw new Error('the real data must build');
const original = readFileSync(out);

type Json = Record<string, unknown> & unknown[];
const edit = (file: string, change: (json: Json) => unknown) => (dir: string) => {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  writeFileSync(path, JSON.stringify(change(json) ?? json));
};
const raw = (file: string, bytes: Buffer | string) => (dir: string) => writeFileSync(join(dir, file), bytes);

/** Broken inputs, what the error must name, and the part of the message that says what is wrong. */
const FAULTS: [string, (dir: string) => void, RegExp][] = [
  [
    'invalid UTF-8 in a record file',
    (dir) => {
      const path = join(dir, 'catalogue', 'fieldlabs.json');
      const text = readFileSync(path);
      const at = text.indexOf('"name"', 2000);
      writeFileSync(path, Buffer.concat([text.subarray(0, at + 9), Buffer.from([0xc3, 0x28]), text.subarray(at + 9)]));
    },
    /fieldlabs\.json.*line \d+.*UTF-8/,
  ],
  ['an empty record file', raw('catalogue/hubs.json', ''), /hubs\.json.*not valid JSON/],
  ['malformed JSON', raw('catalogue/crossborder.json', '[{"id": "x",'), /crossborder\.json.*not valid JSON/],
  ['about.json as {}', raw('catalogue/about.json', '{}'), /about\.json/],
  [
    'about.json without credits',
    edit('catalogue/about.json', (a) => void delete (a as Record<string, unknown>).credits),
    /about\.json.*credits/,
  ],
  [
    'a record without a description',
    edit('catalogue/fieldlabs.json', (r) => void delete (r[0] as Record<string, unknown>).description),
    /fieldlabs\.json.*description/,
  ],
  ['a duplicate record id', edit('catalogue/fieldlabs.json', (r) => [...r, r[0]]), /duplicate/i],
  [
    'a tag called constructor',
    edit('catalogue/fieldlabs.json', (r) => {
      (r[0] as { tags: { themes: string[] } }).tags.themes.push('constructor');
    }),
    /fieldlabs\.json.*tag "constructor" is not mapped/,
  ],
  [
    'a tag called __proto__',
    edit('catalogue/institutions.json', (r) => {
      (r[0] as { tags: { themes: string[] } }).tags.themes.push('__proto__');
    }),
    /institutions\.json.*tag "__proto__" is not mapped/,
  ],
  [
    'a theme that is broader than itself',
    edit('vocabulary/themes.json', (t) => {
      const first = t[0] as { code: string; broader?: string[] };
      first.broader = [first.code];
    }),
    /themes\.json/,
  ],
  [
    'a duplicate place id in the gazetteer',
    edit('geo/places.json', (p) => {
      const list = (Array.isArray(p) ? p : (p as { places: unknown[] }).places) as unknown[];
      list.push(list[0]);
    }),
    /places\.json.*duplicate/i,
  ],
  ['a base map that is not GeoJSON', raw('geo/base-layers.json', '{"countries": 5}'), /base-layers\.json/],
  ['a postcode list that is not a list', raw('geo/postcodes.json', '"1000"'), /postcodes\.json/],
  [
    'a word list with bytes that are not UTF-8',
    (dir) => writeFileSync(join(dir, 'lexicon', 'words.txt'), Buffer.from([0xff, 0xfe, 0x00])),
    /words\.txt/,
  ],
];

describe('a broken input', () => {
  const figures = { inputs: 0, namedErrors: 0, catalogueUnchanged: 0 };
  afterAll(() =>
    console.log(
      `[measure] data build faults: ${figures.inputs} broken inputs, ${figures.namedErrors} named errors, ` +
        `${figures.catalogueUnchanged} times the catalogue stayed byte-identical`,
    ),
  );

  it.each(FAULTS)('%s: a named error, and the old catalogue stays byte-identical', (_name, breakIt, expected) => {
    const copy = copyDataDir();
    const target = join(copy.dir, 'generated', 'catalogue.sqlite');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, original);
    breakIt(copy.dir);
    figures.inputs++;
    const result = buildCatalogue(copy.dir, target);
    expect(result.ok).toBe(false);
    const text = result.ok
      ? ''
      : result.errors
          .map((e) => `${e.file}${e.recordId ? ` ${e.recordId}` : ''} ${e.field ?? ''}: ${e.message}`)
          .join('\n');
    expect(text).toMatch(expected);
    figures.namedErrors++;
    expect(readFileSync(target).equals(original)).toBe(true);
    expect(readdirSync(join(copy.dir, 'generated'))).toEqual(['catalogue.sqlite']);
    figures.catalogueUnchanged++;
    copy.cleanup();
  });
});

describe('a build killed at a random moment', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const build = (killAfterMs: number | null): Promise<{ killed: boolean; ms: number }> =>
    new Promise((done) => {
      const started = Date.now();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'build/catalogue/build-catalogue.ts', '--data', data.dir],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
      const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('exit', (_code, signal) => {
        if (timer) clearTimeout(timer);
        done({ killed: signal === 'SIGKILL', ms: Date.now() - started });
      });
    });

  it('never leaves a half-written catalogue, and the next build clears the debris', async () => {
    const figures = {
      runs: 0,
      killed: 0,
      oldKept: 0,
      newComplete: 0,
      halfWritten: 0,
      debrisBefore: 0,
      debrisLeft: 0,
    };
    // How long a whole build takes here: the kills fall in its last third, where it writes the file.
    const whole = await build(null);
    let previous = readFileSync(out);
    const about = join(data.dir, 'catalogue', 'about.json');
    for (let i = 0; i < 8; i++) {
      // Each run has other sources, so a completed build gives another file than the one before.
      const json = JSON.parse(readFileSync(about, 'utf8')) as { dataset: { nl: string } };
      json.dataset.nl = `${json.dataset.nl.replace(/ \(run \d+\)$/, '')} (run ${i})`;
      writeFileSync(about, JSON.stringify(json));
      const { killed } = await build(whole.ms * (0.7 + 0.3 * Math.random()));
      figures.runs++;
      if (killed) figures.killed++;
      const now = readFileSync(out);
      if (now.equals(previous)) figures.oldKept++;
      else {
        // A different file must be a whole catalogue that opens and holds every record.
        try {
          const db = CatalogueDb.open(out);
          expect(db.list()).toHaveLength(first.records);
          db.close();
          figures.newComplete++;
        } catch {
          figures.halfWritten++;
        }
      }
      previous = now;
    }
    const debris = () => readdirSync(join(data.dir, 'generated')).filter((f) => f !== 'catalogue.sqlite').length;
    figures.debrisBefore = debris();
    const next = buildCatalogue(data.dir, out);
    expect(next.ok).toBe(true);
    figures.debrisLeft = debris();
    console.log(
      `[measure] killed builds: ${figures.runs} runs, ${figures.killed} killed; old catalogue kept ${figures.oldKept}, ` +
        `new complete ${figures.newComplete}, half-written ${figures.halfWritten}; temporary files left ${figures.debrisBefore}, ` +
        `after the next build ${figures.debrisLeft} (a whole build takes ${whole.ms} ms here)`,
    );
    expect(figures.halfWritten).toBe(0);
    expect(figures.debrisLeft).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
