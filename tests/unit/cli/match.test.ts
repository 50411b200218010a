import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTempCatalogue } from '../../support/catalogue-fixture';

const built = buildTempCatalogue();
afterAll(() => built.cleanup());

describe('command line', () => {
  const cli = resolve(import.meta.dirname, '../../../electron/cli/match.ts');
  const tsx = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
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
    [['--place', 'Atlantis', '--need', 'robot'], 1, /"Atlantis" is geen Nederlandse plaats/],
    [['--place', 'Atlantis', '--need', 'robot', '--lang', 'en'], 1, /"Atlantis" is not a Dutch town/],
    [['--place', 'Atlantis', '--need', 'robot'], 1, /Probeer een plaats in de buurt, een postcode van 4 cijfers/],
    [['--place', 'Atlantis', '--need', 'robot', '--lang', 'en'], 1, /Try a nearby town, a 4-digit postcode/],
    [['--place', '1000 AA', '--need', 'robot'], 1, /Postcode 1000 staat niet in de offline postcodelijst/],
    [['--place', 'Apeldoorn', '--need', '!!! de het ...'], 1, /de vraag bevat geen woorden om op te zoeken/],
    [['--place', 'Apeldoorn', '--need', '!!! ...', '--lang', 'en'], 1, /the need has no words to search for/],
    [['--place', 'Apeldoorn', '--need', 'robot '.repeat(200)], 2, /De vraag is te lang: maximaal 1000 tekens/],
    [
      ['--lat', '40', '--lon', '5', '--need', 'robot', '--lang', 'en'],
      2,
      /That point lies outside the Netherlands\. Give a point/,
    ],
    [['--lat', '40', '--lon', '5', '--need', 'robot'], 2, /Dat punt ligt buiten Nederland\. Geef met --lat en --lon/],
    [
      ['--place', 'Apeldoorn', '--need', ''],
      2,
      /--need ontbreekt: beschrijf wat het bedrijf nodig heeft.*\(zie --help\)/,
    ],
    [['--place', 'Apeldoorn', '--need', '', '--lang', 'en'], 2, /--need is required.*\(see --help\)/],
    [['--place', '  ', '--need', 'robot'], 2, /--place is leeg/],
    [['--place', '  ', '--need', 'robot', '--lang=en'], 2, /--place is empty/],
    [['--need', 'robot'], 2, /geef --place <plaats of postcode> of --lat N --lon N/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--max-km', 'far'], 2, /--max-km moet een getal zijn, niet "far"/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--max-km', 'far', '--lang', 'en'], 2, /--max-km must be a number/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--kinds', 'castle'], 2, /onbekende soort "castle"/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--kinds', 'castle', '--lang', 'en'], 2, /unknown kind "castle"/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--lang', 'de'], 2, /--lang moet nl of en zijn, niet "de"/],
    [['--wat'], 2, /^match: onbekende optie --wat \(zie --help\)$/m],
    [['--wat', '--lang', 'en'], 2, /^match: unknown option --wat \(see --help\)$/m],
    [['--place', 'Apeldoorn', '--need'], 2, /optie --need heeft een waarde nodig/],
    [['--place', 'Apeldoorn', 'lasrobot'], 2, /"lasrobot" hoort bij geen optie/],
    [['--place', 'Apeldoorn', '--need', 'robot', '--json=ja'], 2, /optie --json neemt geen waarde/],
  ])('fails with one line for %j', (args, status, message) => {
    const r = spawnSync(tsx, [cli, ...args], { env, encoding: 'utf8' });
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    // The command line has no map to pick from.
    expect(r.stderr).not.toMatch(/kaart|on the map/);
  });

  it('says in one line, without a stack trace, when the catalogue is missing or damaged', () => {
    for (const file of ['/nonexistent/catalogue.sqlite', cli]) {
      const r = spawnSync(tsx, [cli, '--place', 'Apeldoorn', '--need', 'robot'], {
        env: { ...env, FIELDLAB_CATALOGUE: file },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(
        /^match: De catalogus kan niet worden gelezen.*(does not exist|is not a readable Fieldlab Finder catalogue).*npm run build:data/,
      );
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it('explains itself with --help and exits 0', () => {
    const r = spawnSync(tsx, [cli, '--help'], { env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run match -- --need/);
    expect(r.stdout).toContain('Exit codes');
  });
});
