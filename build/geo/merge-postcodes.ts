/**
 * Merges GeoNames' Dutch 4-digit postcodes (PC4, with a place name and a point each) into the
 * gazetteer: every postcode gets the place it belongs to, and every place name the postcode file
 * knows becomes findable. Pure: extract-geodata.ts runs it and a test can too.
 *
 * - A place in the postcode file is a name plus the cluster of its postcodes' points (two villages of
 *   one name in two provinces are two places). PostNL's disambiguating suffixes ("Bergen L",
 *   "Hengelo (Gld)", "Alteveer gem Hoogeveen") become a province or municipality, not part of the name.
 * - It is the same place as a gazetteer entry of the same name within a few kilometres, or of a spelling
 *   variant right beside it (Holwerd / Holwert, St.-Annaparochie / Sint Annaparochie); the other spelling
 *   is kept as an alternative name.
 * - Otherwise it is a new place: the province by point-in-polygon on the provinces layer, the
 *   municipality from the name when it is a municipality's name, else from the nearest gazetteer
 *   place in that province (marked as a guess).
 */
import { editDistance } from '../../electron/shared/text/edit-distance';
import type { Geometry } from 'geojson';
import { distanceKm } from '../../electron/shared/geo/distance';
import { geometryHolds } from '../../electron/shared/geo/point-in-area';
import { slug } from '../../electron/shared/text/normalise';
import { normalisePlaceName, type Place } from '../../electron/shared/geo/gazetteer';
import type { PostcodeEntry } from '../../electron/shared/geo/place-resolver';

export type Pc4Row = { zipcode: string; name: string; latitude: string; longitude: string };

type Ring = [number, number][];
type ProvinceFeature = {
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
};

const PROVINCE_SUFFIXES: Record<string, string> = {
  L: 'Limburg',
  NB: 'Noord-Brabant',
  NH: 'Noord-Holland',
  Gld: 'Gelderland',
  GLD: 'Gelderland',
  Gn: 'Groningen',
  GN: 'Groningen',
  Ut: 'Utrecht',
};
/** PostNL suffixes that say nothing about the place ("cum annexis", a letter code). */
const NOISE_SUFFIXES = new Set(['AC', 'ca']);
/** Same place within this distance when the names are equal... */
const SAME_NAME_KM = 12;
/** ...and within this distance when one is a spelling variant of the other. */
const VARIANT_KM = 0.6;
/** Postcodes of one name further apart than this (single linkage) are different places. */
const CLUSTER_KM = 10;

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** "Hengelo (Gld)" → Hengelo in Gelderland; "Alteveer gem Hoogeveen" → Alteveer in Hoogeveen; "Bavel AC" → Bavel. */
export function parsePostalName(raw: string): { name: string; province: string | null; municipality: string | null } {
  let name = raw.trim();
  let province: string | null = null;
  let municipality: string | null = null;
  const gem = /^(.*?)\s+gem\.?\s+(.+)$/i.exec(name);
  if (gem) {
    name = gem[1];
    if (gem[2].length > 2) municipality = gem[2];
  }
  const suffix = /^(.*?)\s+\(?([A-Za-z]{1,3})\)?$/.exec(name);
  if (suffix && Object.hasOwn(PROVINCE_SUFFIXES, suffix[2])) {
    name = suffix[1];
    province = PROVINCE_SUFFIXES[suffix[2]];
  } else if (suffix && NOISE_SUFFIXES.has(suffix[2])) {
    name = suffix[1];
  }
  return { name, province, municipality };
}

/**
 * Two spellings of one name: a letter or two apart (Holwerd / Holwert, Wergea / Warga), or a long
 * common start after which both go their own way (Kollumerzwaag / Kollumersweach). A name that merely
 * extends the other (Ankeveen / Ankeveense Rade, Leimuiden / Leimuiderbrug) is another place.
 */
export function isVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 5 && editDistance(a, b) <= 2 && !a.startsWith(b) && !b.startsWith(a)) return true;
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  return prefix >= 8 && a.length - prefix >= 3 && b.length - prefix >= 3;
}

/** The province whose polygon holds the point, or null (a point just off the simplified coast). */
export function provinceAt(lat: number, lon: number, provinces: readonly ProvinceFeature[]): string | null {
  return provinces.find((f) => geometryHolds(f.geometry as Geometry, lat, lon))?.properties.name ?? null;
}

type Cluster = {
  name: string;
  raw: string[];
  province: string | null;
  municipality: string | null;
  rows: { pc4: string; lat: number; lon: number }[];
};

function clusterRows(rows: readonly Pc4Row[]): Cluster[] {
  const groups = new Map<string, Cluster[]>();
  for (const row of rows) {
    const parsed = parsePostalName(row.name);
    const key = `${normalisePlaceName(parsed.name)}|${parsed.province ?? ''}|${parsed.municipality ?? ''}`;
    const point = { pc4: row.zipcode, lat: Number(row.latitude), lon: Number(row.longitude) };
    const clusters = groups.get(key) ?? [];
    const near = clusters.filter((c) =>
      c.rows.some((r) => distanceKm(r.lat, r.lon, point.lat, point.lon) <= CLUSTER_KM),
    );
    if (near.length === 0) {
      clusters.push({ ...parsed, raw: [row.name], rows: [point] });
    } else {
      // Single linkage: a point between two clusters joins them.
      const [first, ...rest] = near;
      first.rows.push(point, ...rest.flatMap((c) => c.rows));
      if (!first.raw.includes(row.name)) first.raw.push(row.name);
      for (const c of rest) clusters.splice(clusters.indexOf(c), 1);
    }
    groups.set(key, clusters);
  }
  return [...groups.values()].flat();
}

export type MergeReport = { linked: number; variants: number; added: number; municipalityGuessed: number };

/**
 * Merges the postcode rows into `places` (which is not changed): returns the new gazetteer, one
 * postcode entry per (postcode, place), and counts of what happened.
 */
export function mergePostcodes(
  places: readonly Place[],
  rows: readonly Pc4Row[],
  provinces: readonly ProvinceFeature[],
  municipalities: ReadonlyMap<string, { name: string; gemeentecode: string; province: string }>,
): { places: Place[]; postcodes: PostcodeEntry[]; report: MergeReport } {
  const out: Place[] = places.map((p) => ({ ...p }));
  const report: MergeReport = { linked: 0, variants: 0, added: 0, municipalityGuessed: 0 };
  const ids = new Set(out.map((p) => p.id));
  const byComparable = new Map<string, Place[]>();
  for (const p of out)
    byComparable.set(normalisePlaceName(p.name), [...(byComparable.get(normalisePlaceName(p.name)) ?? []), p]);
  const towns = out.filter((p) => p.kind === 'place');
  const postcodes: PostcodeEntry[] = [];
  const clusters = clusterRows(rows).sort(
    (a, b) => a.name.localeCompare(b.name, 'nl') || a.rows[0].pc4.localeCompare(b.rows[0].pc4),
  );

  for (const c of clusters) {
    const lat = c.rows.reduce((s, r) => s + r.lat, 0) / c.rows.length;
    const lon = c.rows.reduce((s, r) => s + r.lon, 0) / c.rows.length;
    const province = c.province ?? provinceAt(lat, lon, provinces) ?? nearest(towns, lat, lon)!.province;
    // "Hoogvliet Rotterdam", "Nieuwlande Coevorden": a known place name followed by the name of a municipality
    // of this province is that name in that municipality.
    // A hyphenated name ("Rotterdam-Albrandswaard") is a name of its own, not a place and a municipality.
    const written = /^(.+) ([^\s-]+)$/.exec(c.name.trim());
    const qualified = written && [normalisePlaceName(written[1]), normalisePlaceName(written[2])];
    const qualifier = qualified && !c.municipality ? municipalities.get(qualified[1]) : undefined;
    if (written && qualified && qualifier?.province === province && byComparable.has(qualified[0])) {
      c.name = written[1].trim();
      c.municipality = qualifier.name;
    }
    const key = normalisePlaceName(c.name);
    const sameName = (byComparable.get(key) ?? [])
      .filter((p) => p.province === province || !c.province)
      .filter((p) => !c.municipality || normalisePlaceName(p.municipality ?? '') === normalisePlaceName(c.municipality))
      .map((p) => ({ p, km: distanceKm(lat, lon, p.lat, p.lon) }))
      .filter((x) => x.km <= SAME_NAME_KM)
      .sort((a, b) => a.km - b.km)[0];
    let place = sameName?.p;
    if (place) report.linked++;
    else {
      const variant = out
        .filter((p) => p.kind !== 'municipality')
        .map((p) => ({ p, km: distanceKm(lat, lon, p.lat, p.lon) }))
        .filter((x) => x.km <= VARIANT_KM && isVariant(normalisePlaceName(x.p.name), key))
        .sort((a, b) => a.km - b.km)[0];
      if (variant) {
        place = variant.p;
        place.altNames = [...new Set([...(place.altNames ?? []), c.name])].sort();
        report.variants++;
      }
    }
    if (!place) {
      // The municipality a postal suffix names ("gem Hoogeveen"), or the one the place itself names (Etten-Leur).
      const named = municipalities.get(c.municipality ? normalisePlaceName(c.municipality) : key);
      const known = named?.province === province ? named : undefined;
      const near = nearest(
        towns.filter((p) => p.province === province && p.municipality),
        lat,
        lon,
      );
      const municipality = known?.name ?? c.municipality ?? near?.municipality ?? null;
      const guessed = !known && !c.municipality;
      let id = slug(c.name);
      for (let n = 2; ids.has(id); n++) id = `${slug(c.name)}-${n}`;
      ids.add(id);
      place = {
        id,
        name: c.name,
        kind: 'place',
        province: province as Place['province'],
        municipality,
        gemeentecode: known?.gemeentecode ?? (guessed ? (near?.gemeentecode ?? null) : null),
        lat: round4(lat),
        lon: round4(lon),
        population: null,
        ...(guessed ? { municipalityGuessed: true as const } : {}),
      };
      if (guessed) report.municipalityGuessed++;
      out.push(place);
      byComparable.set(key, [...(byComparable.get(key) ?? []), place]);
      report.added++;
    }
    for (const r of c.rows) postcodes.push([r.pc4, place.id, round4(r.lat), round4(r.lon)]);
    for (const raw of c.raw) {
      const plain = parsePostalName(raw).name;
      if (plain !== place.name && normalisePlaceName(plain) !== normalisePlaceName(place.name)) {
        place.altNames = [...new Set([...(place.altNames ?? []), plain])].sort();
      }
    }
  }
  out.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.province.localeCompare(b.province) || a.lat - b.lat);
  return { places: out, postcodes: onePerPlace(postcodes), report };
}

/** Two postcode rows of one place ("Hoogvliet", "Hoogvliet Rotterdam") become one, at their mean point. */
function onePerPlace(rows: PostcodeEntry[]): PostcodeEntry[] {
  const byKey = new Map<string, PostcodeEntry[]>();
  for (const r of rows) byKey.set(`${r[0]}|${r[1]}`, [...(byKey.get(`${r[0]}|${r[1]}`) ?? []), r]);
  return [...byKey.values()]
    .map((same): PostcodeEntry => {
      const lat = same.reduce((s, r) => s + r[2], 0) / same.length;
      const lon = same.reduce((s, r) => s + r[3], 0) / same.length;
      return [same[0][0], same[0][1], round4(lat), round4(lon)];
    })
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

function nearest(places: readonly Place[], lat: number, lon: number): Place | null {
  let best: Place | null = null;
  let bestKm = Infinity;
  for (const p of places) {
    const km = distanceKm(lat, lon, p.lat, p.lon);
    if (km < bestKm) [best, bestKm] = [p, km];
  }
  return best;
}
