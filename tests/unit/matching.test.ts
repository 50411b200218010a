import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { Matcher } from '../../electron/main/matching/matcher';
import { explainReason } from '../../electron/shared/i18n/explain';
import { evaluate } from '../quality/evaluate';
import { buildTempCatalogue } from '../support/catalogue-fixture';

const built = buildTempCatalogue();
const catalogue = CatalogueDb.open(built.file);
const matcher = new Matcher(catalogue);
afterAll(() => {
  catalogue.close();
  built.cleanup();
});

const concepts = (text: string) => matcher.concepts.match(text).hits.map((h) => h.concept);
const run = (profile: Parameters<Matcher['run']>[0]) => {
  const r = matcher.run(profile);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('reading what the user types', () => {
  it.each([
    ['lasrobot', ['theme:robotics', 'theme:welding']],
    ['3D printen', ['theme:additive_manufacturing']],
    ['3d-printen', ['theme:additive_manufacturing']],
    ['predictiv maintanence', ['theme:smart_maintenance']],
    ['plaatwerk kanten', ['theme:sheet_metal']],
    ['wij willen een inpakrobot en minder stilstand', ['theme:robotics', 'theme:smart_maintenance']],
    ['we want to try cobots and need training', ['theme:cobots', 'offer:training']],
    ['metaalbewerkingsbedrijf', ['sector:metal']],
    ['inspektie', ['theme:inspection_quality']],
    ['koffie branden', []],
  ])('%s', (text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  it('shows a corrected typo as words → term', () => {
    const hit = matcher.concepts.match('predictiv maintanence').hits[0];
    expect(hit).toMatchObject({ words: 'predictiv maintanence', term: 'predictive maintenance', how: 'typo' });
  });
});

describe('ranking', () => {
  it('puts a nearby fitting fieldlab first for a bakery in Apeldoorn that wants a packaging robot', () => {
    const r = run({ place: 'Apeldoorn', sector: 'bakkerij', need: 'verpakkingsrobot' });
    expect(r.matches[0].id).toBe('fieldlab-industrial-robotics');
    expect(r.matches[0].reasons.map((x) => explainReason(x, 'nl', matcher.label))).toEqual(
      expect.arrayContaining(['"verpakkingsrobot" → Robotica', '28 km (Harderwijk, Gelderland), midden van de plaats']),
    );
  });

  it('never offers an ended or merged record as an open option', () => {
    const r = run({ place: 'Breda', need: 'predictive maintenance' });
    expect(r.matches.map((m) => m.status)).not.toContain('ended');
    expect(r.matches.map((m) => m.status)).not.toContain('merged');
    expect(r.flagged.map((m) => m.id)).toContain('campione');
    expect(r.flagged.every((m) => m.status === 'ended' || m.status === 'merged')).toBe(true);
  });

  it('matches a record without coordinates on content, with distance unknown', () => {
    const r = run({ place: 'Utrecht', need: 'infra onderhoud data', limit: 40 });
    const camino = r.matches.find((m) => m.id === 'infra-fieldlab-camino');
    expect(camino).toMatchObject({ distanceKm: null });
    expect(camino!.reasons.some((x) => x.type === 'distance_unknown')).toBe(true);
  });

  it('shows German centres near the border or when Germany is asked for, not otherwise', () => {
    const kinds = (p: Parameters<Matcher['run']>[0]) =>
      run({ ...p, limit: 50 })
        .matches.filter((m) => m.kind === 'crossborder')
        .map((m) => m.id);
    expect(kinds({ place: 'Middelburg', need: 'digitalisering' })).toEqual([]);
    expect(kinds({ place: 'Enschede', need: 'digitalisering' })).toContain('de-mdz-lingen-muenster-osnabrueck');
    expect(kinds({ place: 'Middelburg', need: 'digitalisering in Duitsland' }).length).toBeGreaterThan(0);
  });

  it('respects the maximum distance and the kinds', () => {
    const r = run({ place: 'Delft', need: 'robotica', maxKm: 30, kinds: ['fieldlab'] });
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches.every((m) => m.kind === 'fieldlab' && (m.distanceKm === null || m.distanceKm <= 30))).toBe(true);
  });

  it('a nearby good match beats a distant equal one', () => {
    const fromRotterdam = run({ place: 'Rotterdam', need: 'drones' }).matches.map((m) => m.id);
    const fromGroningen = run({ place: 'Groningen', need: 'drones' }).matches.map((m) => m.id);
    expect(fromRotterdam.indexOf('do-iot')).toBeLessThan(fromRotterdam.indexOf('5groningen'));
    expect(fromGroningen.indexOf('5groningen')).toBeLessThan(fromGroningen.indexOf('do-iot'));
  });

  it('rejects an empty need', () => {
    expect(matcher.run({ place: 'Apeldoorn', need: '  ' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Describe what the company needs'),
    });
  });
});

describe('quality on the labelled cases', () => {
  it('holds nDCG@5 and the ideal-in-top-3 share at what was reached', () => {
    const q = evaluate(matcher);
    expect(q.cases.length).toBeGreaterThanOrEqual(25);
    expect(q.ndcg5).toBeGreaterThanOrEqual(0.85);
    expect(q.idealTop3).toBeGreaterThanOrEqual(1);
  });
});

describe('command line', () => {
  const cli = resolve(import.meta.dirname, '../../electron/cli/match.ts');
  const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
  const env = { ...process.env, FIELDLAB_CATALOGUE: built.file };

  it('prints exactly one JSON object with the catalogue ids, best first', () => {
    const out = execFileSync(
      tsx,
      [cli, '--place', 'den bosch', '--sector', 'metaal', '--need', 'lasrobot', '--json', '--limit', '3'],
      { env, encoding: 'utf8' },
    );
    const json = JSON.parse(out);
    expect(json.query.place).toMatchObject({ name: "'s-Hertogenbosch", province: 'Noord-Brabant' });
    expect(json.query.concepts.map((c: { concept: string }) => c.concept)).toEqual(['theme:robotics', 'theme:welding']);
    expect(json.matches).toHaveLength(3);
    expect(json.matches[0]).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      kind: expect.any(String),
      score: expect.any(Number),
    });
    expect(json.matches[0].score).toBeGreaterThanOrEqual(json.matches[1].score);
  });

  it.each([
    ['Nieuwleusen', { name: 'Nieuwleusen', province: 'Overijssel' }],
    ['Zwaag', { name: 'Zwaag', province: 'Noord-Holland' }],
    ['7711 AB', { name: 'Nieuwleusen', province: 'Overijssel', postcode: '7711', how: 'postcode' }],
    ['Oosterhout (Noord-Brabant)', { name: 'Oosterhout', province: 'Noord-Brabant', municipality: 'Oosterhout' }],
    ['Amsterdam Noord', { name: 'Amsterdam', province: 'Noord-Holland', district: 'Noord', how: 'district' }],
  ])('--place %s resolves, and the JSON says how', (place, expected) => {
    const out = execFileSync(tsx, [cli, '--place', place, '--need', 'lasrobot', '--limit', '1', '--json'], {
      env,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).query.place).toMatchObject(expected);
  });

  it.each([
    [['--place', 'Atlantis', '--need', 'robot'], /is not a Dutch town/],
    [['--place', '1000 AA', '--need', 'robot'], /Postcode 1000 is not in the offline postcode list/],
    [['--place', 'Apeldoorn', '--need', ''], /--need is required/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--max-km', 'far'], /--max-km must be a number/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--kinds', 'castle'], /unknown kind "castle"/],
    [['--wat'], /Unknown option '--wat'/],
  ])('fails with one line for %j', (args, message) => {
    const r = spawnSync(tsx, [cli, ...args], { env, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
