/**
 * `npm run bench`: the matching engine against plain fuse.js, on synthetic catalogues of 100 to
 * 100,000 records built through the real pipeline, for a fixed query set with typos.
 * Each size and approach runs in its own process, so peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fuse from 'fuse.js';
import { CatalogueDb } from '../../electron/main/catalogue/catalogue-db';
import { Matcher } from '../../electron/main/matching/matcher';
import type { ConceptId } from '../../electron/shared/catalogue/vocabulary';
import { buildSyntheticCatalogue, syntheticRecords } from './synthetic-catalogue';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const SIZES = [100, 1_000, 10_000, 100_000];

/** Queries as users type them, typos included, with the theme a right answer must carry. */
const QUERIES: { place: string; need: string; concept: string }[] = [
  { place: 'Apeldoorn', need: 'lasrobot', concept: 'theme:welding' },
  { place: 'Breda', need: 'predictiv maintanence', concept: 'theme:smart_maintenance' },
  { place: 'Haarlem', need: '3D printen', concept: 'theme:additive_manufacturing' },
  { place: 'Eindhoven', need: 'cobots for assembly', concept: 'theme:cobots' },
  { place: 'Drachten', need: 'kwaliteitscontrole met camera', concept: 'theme:machine_vision' },
  { place: 'Zwolle', need: 'sensorren en iot', concept: 'theme:sensors_iot' },
  { place: 'Enschede', need: 'composieten', concept: 'theme:composites' },
  { place: 'Vlissingen', need: 'drones voor inspektie', concept: 'theme:drones' },
  { place: 'Delft', need: 'digital twin simulatie', concept: 'theme:digital_twin' },
  { place: 'Rotterdam', need: 'waterstof', concept: 'theme:energy_transition' },
  { place: 'Emmen', need: 'automatisring van de productie', concept: 'theme:automation' },
  { place: 'Geleen', need: 'circulair recyclen', concept: 'theme:circularity' },
  { place: 'Groningen', need: '5g netwerk', concept: 'theme:connectivity' },
  { place: 'Leeuwarden', need: 'smart farming dairy', concept: 'theme:smart_farming' },
  { place: 'Tilburg', need: 'cybersecurity hackers', concept: 'theme:cybersecurity' },
  { place: 'den bosch', need: 'additve manufacturing metal', concept: 'theme:additive_manufacturing' },
  { place: 'Venlo', need: 'robott welding', concept: 'theme:welding' },
  { place: 'Almere', need: 'vr werkinstructies', concept: 'theme:vr_ar' },
  { place: 'Hengelo', need: 'machine learning data', concept: 'theme:data_ai' },
  { place: 'Middelburg', need: 'precisie verspanen cnc', concept: 'theme:precision_machining' },
];

type Row = {
  approach: string;
  n: number;
  buildMs: number;
  fileMb: number | null;
  p50: number;
  p95: number;
  queries: number;
  typoHits: number;
  typoOf: number;
  peakMb: number;
};

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const now = () => performance.now();
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function runEngine(n: number): Row {
  const dir = mkdtempSync(join(tmpdir(), 'fieldlab-bench-'));
  const file = join(dir, 'catalogue.sqlite');
  try {
    const t0 = now();
    buildSyntheticCatalogue(n, DATA_DIR, file);
    const catalogue = CatalogueDb.open(file);
    const matcher = new Matcher(catalogue);
    const buildMs = now() - t0;
    for (const q of QUERIES) matcher.run({ place: q.place, need: q.need }); // warm-up
    const times: number[] = [];
    let hits = 0;
    const rounds = n >= 100_000 ? 3 : 5;
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        const t = now();
        const result = matcher.run({ place: q.place, need: q.need, limit: 10 });
        times.push(now() - t);
        if (
          r === 0 &&
          result.ok &&
          result.value.matches.some((m) => catalogue.conceptsOf(m.id)?.includes(q.concept as ConceptId))
        )
          hits++;
      }
    }
    catalogue.close();
    return {
      approach: 'engine',
      n,
      buildMs,
      fileMb: statSync(file).size / 1e6,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      queries: times.length,
      typoHits: hits,
      typoOf: QUERIES.length,
      peakMb: peakMb(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runPlainFuse(n: number): Row {
  const records = syntheticRecords(n, DATA_DIR);
  const t0 = now();
  const fuse = new Fuse(records, { keys: ['name', 'description.nl', 'description.en', 'subjects.nl', 'subjects.en'] });
  const buildMs = now() - t0;
  // Plain fuse.js scans every record per query: at 100,000 records only the first queries, once.
  const queries = n >= 100_000 ? QUERIES.slice(0, 4) : QUERIES;
  const tagMap = JSON.parse(readFileSync(join(DATA_DIR, 'vocabulary/tag-map.json'), 'utf8'));
  const conceptsOf = (r: (typeof records)[number]) =>
    new Set(r.tags.themes.flatMap((t) => tagMap.themes[t] as string[]));
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t = now();
    const found = fuse.search(q.need, { limit: 10 });
    times.push(now() - t);
    if (
      found.some(
        (f) =>
          conceptsOf(f.item).has(q.concept) ||
          f.item.subjects
            .map((x) => x.en)
            .join(' ')
            .toLowerCase()
            .includes(q.concept.slice(6).replace(/_/g, ' ')),
      )
    )
      hits++;
  }
  return {
    approach: 'plain fuse.js',
    n,
    buildMs,
    fileMb: null,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    queries: times.length,
    typoHits: hits,
    typoOf: queries.length,
    peakMb: peakMb(),
  };
}

function child(): void {
  const [, , , approach, size] = process.argv;
  const row = approach === 'engine' ? runEngine(Number(size)) : runPlainFuse(Number(size));
  console.log(JSON.stringify(row));
}

function parent(): void {
  const sizes = process.argv.includes('--quick') ? SIZES.slice(0, 3) : SIZES;
  console.log(
    `Matching benchmark: ${QUERIES.length} queries with typos (times in ms; typo hits = queries whose top 10 holds a record with the intended theme)\n`,
  );
  const header = [
    'records',
    'approach',
    'build/index ms',
    'file MB',
    'p50 ms',
    'p95 ms',
    'queries timed',
    'typo hits',
    'peak RSS MB',
  ];
  console.log(header.join(' | '));
  console.log(header.map(() => '---').join(' | '));
  const rows: Row[] = [];
  for (const n of sizes) {
    for (const approach of ['engine', 'fuse']) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, import.meta.filename, '--child', approach, String(n)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const row = JSON.parse(out.trim().split('\n').pop()!) as Row;
      rows.push(row);
      console.log(
        [
          row.n.toLocaleString('en'),
          row.approach,
          row.buildMs.toFixed(0),
          row.fileMb === null ? '-' : row.fileMb.toFixed(1),
          row.p50.toFixed(2),
          row.p95.toFixed(2),
          row.queries,
          `${row.typoHits}/${row.typoOf}`,
          row.peakMb,
        ].join(' | '),
      );
    }
  }
  console.log('');
  for (const n of sizes) {
    const e = rows.find((r) => r.n === n && r.approach === 'engine')!;
    const f = rows.find((r) => r.n === n && r.approach !== 'engine')!;
    console.log(
      `${n.toLocaleString('en')} records: engine p95 is ${(f.p95 / e.p95).toFixed(0)}x faster than plain fuse.js`,
    );
  }
}

if (process.argv[2] === '--child') child();
else parent();
