import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue, derivationVersion, isCatalogueFresh } from '../../build/catalogue/build-catalogue';
import { CatalogueDb, type CatalogueUnavailableError } from '../../electron/main/catalogue/catalogue-db';
import { buildTempCatalogue, copyDataDir, DATA_DIR } from '../support/catalogue-fixture';

const DATASET_DIR = join(DATA_DIR, '../../shared/dataset');

const sourceCount = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', file), 'utf8')).length;
const built = buildTempCatalogue();
const catalogue = CatalogueDb.open(built.file);
afterAll(() => {
  catalogue.close();
  built.cleanup();
});

const search = (text: string) =>
  catalogue.textCandidates(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [], 20).map((r) => r.id);

describe('catalogue build', () => {
  it('holds exactly the records of the source files', () => {
    const meta = catalogue.meta();
    const fieldlabs = JSON.parse(readFileSync(join(DATA_DIR, 'catalogue/fieldlabs.json'), 'utf8')) as {
      kind: string;
    }[];
    expect(meta.counts.fieldlab + meta.counts.testsite).toBe(fieldlabs.length);
    expect(meta.counts.fieldlab).toBe(fieldlabs.filter((r) => r.kind === 'fieldlab').length);
    expect(meta.counts.crossborder).toBe(sourceCount('crossborder.json'));
    expect(meta.counts.institution).toBe(sourceCount('institutions.json'));
    expect(meta.counts.hub).toBe(sourceCount('hubs.json'));
    expect(meta.total).toBe(
      ['fieldlabs.json', 'crossborder.json', 'institutions.json', 'hubs.json'].reduce((n, f) => n + sourceCount(f), 0),
    );
  });

  it('keeps the dataset ids, unique, and every record has a source', () => {
    const list = catalogue.list();
    const ids = list.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['sam-xl', 'ramlab', 'tu-delft', 'de-mdz-ruhr-owl', 'edih-zuid-nederland', 'nl-hub-noord'])
      expect(ids).toContain(id);
    for (const id of ids) expect(catalogue.get(id)!.evidence.sources.length, id).toBeGreaterThan(0);
  });

  // The research dataset lives beside the project (CI has it); the app never needs it.
  it.runIf(existsSync(DATASET_DIR))('holds every record id of the research dataset, with the enrichment', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(DATASET_DIR, file), 'utf8'));
    const ids = [
      ...read('fieldlabs.json'),
      ...read('crossborder.json'),
      ...read('institutions.json'),
      ...read('hubs.json').hubs,
      ...read('edihs.json').edihs,
    ].map((r: { id: string }) => r.id);
    const missing = ids.filter((id) => catalogue.get(id) === null);
    expect(missing).toEqual([]);
    expect(catalogue.meta().total).toBe(ids.length);
    for (const e of read('enrichment/institutions-a.json') as {
      id: string;
      centres: unknown[];
      expertise: unknown[];
    }[]) {
      const record = catalogue.get(e.id)!;
      expect(record.parts.length, e.id).toBe(e.centres.length);
      expect(record.subjects.length, e.id).toBeGreaterThanOrEqual(e.expertise.length);
    }
  });

  it('gives every record a description in both languages, and keeps internal notes off the screen', () => {
    for (const { id } of catalogue.list()) {
      const { description } = catalogue.get(id)!;
      for (const text of [description.nl, description.en]) {
        expect(text.split(/\s+/).length, id).toBeGreaterThanOrEqual(12);
        expect(text, id).not.toMatch(/DRAFT|TODO|centroid|not_confirmed|_approx|\bhence\b/i);
      }
      expect(description.nl, id).not.toBe(description.en);
    }
  });

  it('keeps the evidence: confidence, status, precision and unverified websites', () => {
    const samxl = catalogue.get('sam-xl')!;
    expect(samxl.website).toEqual({ url: 'https://www.samxl.com', verified: false });
    expect(catalogue.get('campione')!.status.value).toBe('ended');
    expect(catalogue.get('smash')!.status.value).toBe('merged');
    expect(catalogue.get('nl-hub-noord')!.status).toMatchObject({
      value: 'merged',
      note: expect.stringContaining('EDIH Noord-Nederland'),
    });
    expect(catalogue.get('scsn')!.location.precision).toBe('no_site');
    expect(catalogue.get('infra-fieldlab-camino')!.location).toMatchObject({ lat: null, lon: null, precision: 'none' });
    expect(catalogue.get('tpac-tprc')!.evidence.confidenceBasis).toBeTruthy();
  });

  it('maps source tags onto vocabulary concepts', () => {
    expect(catalogue.get('ramlab')!.concepts).toEqual(
      expect.arrayContaining(['theme:welding', 'theme:additive_manufacturing']),
    );
    expect(catalogue.get('flexible-manufacturing')!.concepts).toEqual(
      expect.arrayContaining(['theme:cobots', 'offer:demo', 'sector:sbi_25']),
    );
  });

  it('maps a tag onto the finer theme it names, and a sector tag of a technology domain onto its theme', () => {
    // FLIE's "hydrogen_electrolysis" is hydrogen; Dairy Campus works in the "agri_dairy" sector.
    expect(catalogue.get('flie')!.concepts).toEqual(
      expect.arrayContaining(['theme:hydrogen', 'theme:energy_transition']),
    );
    expect(catalogue.get('dairy-campus')!.concepts).toContain('theme:livestock');
    expect(catalogue.get('smart-base')!.concepts).toContain('theme:defence_security');
  });

  it("reads institutions' subjects as themes, and a year or a count in them as no SBI code", () => {
    // RWTH: "production engineering"; Avans: "natural colours from fungi".
    expect(catalogue.get('rwth-aachen')!.concepts).toContain('theme:flexible_manufacturing');
    expect(catalogue.get('avans')!.concepts).toContain('theme:biobased');
    // Deltion: "industrial robotics (200-hour elective)"; Fraunhofer IML: "funded until June 2024".
    for (const id of ['deltion-landstede', 'fraunhofer-iml']) {
      expect(catalogue.get(id)!.concepts, id).not.toContain('sector:sbi_20');
    }
  });

  it('gives a record the kinds of help its sourced ways to start name', () => {
    // WUR's sources offer research with companies and its network; none of them a course.
    expect(catalogue.get('wur')!.concepts).toEqual(expect.arrayContaining(['offer:joint_project', 'offer:network']));
    expect(catalogue.get('wur')!.concepts).not.toContain('offer:training');
  });

  it('finds records by Dutch and by English words through FTS', () => {
    expect(search('lassen')).toContain('ramlab'); // Dutch vocabulary label "Lassen"
    expect(search('welding')).toContain('ramlab');
    expect(search('onderhoud')).toContain('kaap');
    expect(search('maintenance')).toContain('kaap');
    expect(search('melkveehouderij')).toEqual(expect.arrayContaining(['smart-dairy-farming']));
    expect(search('drones')).toContain('unmanned-valley');
    expect(search('')).toEqual([]);
  });

  it('is deterministic: the same sources give the same file', () => {
    const again = buildTempCatalogue();
    const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(hash(again.file)).toBe(hash(built.file));
    again.cleanup();
  });

  it('is only read: using it never changes the file', () => {
    const hash = () => createHash('sha256').update(readFileSync(built.file)).digest('hex');
    const before = hash();
    catalogue.meta();
    catalogue.list();
    catalogue.gazetteer();
    search('robot');
    expect(hash()).toBe(before);
  });
});

describe('a bad data file', () => {
  it('stops the build, names the problem and leaves the existing catalogue untouched', () => {
    const data = copyDataDir();
    const out = join(data.dir, 'generated', 'catalogue.sqlite');
    expect(buildCatalogue(data.dir, out).ok).toBe(true);
    const before = readFileSync(out);
    expect(isCatalogueFresh(data.dir, out)).toBe(true);

    const file = join(data.dir, 'catalogue', 'institutions.json');
    const records = JSON.parse(readFileSync(file, 'utf8'));
    records[3].location.lat = 'fifty-two';
    writeFileSync(file, JSON.stringify(records));
    expect(isCatalogueFresh(data.dir, out)).toBe(false);
    const result = buildCatalogue(data.dir, out);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      file: expect.stringContaining('institutions.json'),
      recordId: records[3].id,
      field: 'location.lat',
    });
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
    data.cleanup();
  });

  it('reports malformed JSON with the file name and writes nothing', () => {
    const data = copyDataDir();
    writeFileSync(join(data.dir, 'vocabulary', 'themes.json'), '[{"code": "robotics",');
    const out = join(data.dir, 'generated', 'catalogue.sqlite');
    const result = buildCatalogue(data.dir, out);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      file: expect.stringContaining('themes.json'),
      message: expect.stringContaining('not valid JSON'),
    });
    expect(existsSync(out)).toBe(false);
    data.cleanup();
  });

  it('fails on a source tag missing from the vocabulary map', () => {
    const data = copyDataDir();
    const file = join(data.dir, 'vocabulary', 'tag-map.json');
    const map = JSON.parse(readFileSync(file, 'utf8'));
    delete map.themes.welding;
    writeFileSync(file, JSON.stringify(map));
    const result = buildCatalogue(data.dir, join(data.dir, 'out.sqlite'));
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.recordId)).toEqual(expect.arrayContaining(['ramlab']));
    expect(errors[0].message).toBe('tag "welding" is not mapped in ' + errors[0].message.split(' in ')[1]);
    data.cleanup();
  });

  it('the catalogue file is small enough to ship', () => {
    // About 5 MB: the word list (2.7 MB) and the vocabulary of some 8,400 owners' words travel in the file.
    expect(statSync(built.file).size).toBeLessThan(6_000_000);
    const db = new Database(built.file, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM places').get() as { n: number }).n).toBeGreaterThan(1500);
    db.close();
  });
});

describe('opening a catalogue file', () => {
  const problemOf = (file: string) => {
    try {
      CatalogueDb.open(file).close();
      return null;
    } catch (e) {
      return { problem: (e as CatalogueUnavailableError).problem, message: (e as Error).message };
    }
  };

  it('refuses a catalogue of another layout version and says how to rebuild it', () => {
    const data = copyDataDir();
    const file = join(data.dir, 'old.sqlite');
    writeFileSync(file, readFileSync(built.file));
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();
    expect(problemOf(file)).toEqual({
      problem: 'incompatible',
      message: expect.stringMatching(/layout version 1, but this app reads version \d+\. Run "npm run build:data"/),
    });
    data.cleanup();
  });

  it('refuses a file that is no catalogue, and a missing one, with a message that says what to do', () => {
    const data = copyDataDir();
    const junk = join(data.dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database'.repeat(100));
    expect(problemOf(junk)).toMatchObject({
      problem: 'unreadable',
      message: expect.stringContaining('npm run build:data'),
    });
    expect(problemOf(join(data.dir, 'none.sqlite'))).toMatchObject({ problem: 'missing' });
    data.cleanup();
  });
});

describe('the build version', () => {
  it('changes with the code that reads the data, so a catalogue built before a change to it is rebuilt', () => {
    const root = mkdtempSync(join(tmpdir(), 'derivation-'));
    try {
      cpSync(resolve(import.meta.dirname, '../../electron'), join(root, 'electron'), { recursive: true });
      const before = derivationVersion(root);
      expect(derivationVersion(root)).toBe(before);
      appendFileSync(join(root, 'electron/shared/text/stopwords.ts'), '\n// another reading rule\n');
      expect(derivationVersion(root)).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
