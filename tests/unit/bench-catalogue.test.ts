import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSyntheticCatalogue } from '../../build/bench/synthetic-catalogue';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { Matcher } from '../../electron/main/matching/matcher';
import { DATA_DIR } from '../support/catalogue-fixture';

const dir = mkdtempSync(join(tmpdir(), 'bench-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the benchmark's synthetic catalogue", () => {
  // `npm run bench` measures on these; a vocabulary or schema change that they no longer pass would
  // only show when someone next runs the benchmark.
  it('passes the same validation as the real catalogue and answers questions, a kind of partner too', () => {
    const file = join(dir, 'synthetic.sqlite');
    const records = buildSyntheticCatalogue(400, DATA_DIR, file);
    expect(records).toHaveLength(400);
    const catalogue = CatalogueDb.open(file);
    try {
      const matcher = new Matcher(catalogue);
      const robots = matcher.run({ place: 'Apeldoorn', need: 'lasrobot', limit: 10 });
      expect(robots.ok && robots.value.matches.length).toBeGreaterThan(0);
      const school = matcher.run({ place: 'Zwolle', need: 'we zoeken een hogeschool', limit: 5 });
      expect(school.ok && school.value.matches[0].reasons.some((r) => r.type === 'partner_type')).toBe(true);
    } finally {
      catalogue.close();
    }
  });
});
