/**
 * Turns what a user types as a location into a point: exact names, aliases (Den Bosch),
 * a province to pick between namesakes ("Hengelo Gelderland"), and typos, all offline.
 */
import Fuse from 'fuse.js';
import { editDistance } from '../text/edit-distance';
import { distanceKm } from './distance';
import { normalisePlaceName, PROVINCES, type Place } from './gazetteer';

/** One entry of the place autocomplete. */
export type PlaceSuggestion = {
  name: string;
  province: string;
  municipality: string | null;
  kind: Place['kind'];
  alias: string | null;
};

/** A resolved location and how it was found. */
export type ResolvedPlace = {
  name: string;
  province: string;
  municipality: string | null;
  lat: number;
  lon: number;
  kind: Place['kind'];
  /** What the user typed, when it was read as something else (an alias or a typo). */
  typed: string | null;
  how: 'exact' | 'alias' | 'typo';
  /** Other places with the same name. */
  alternatives: { name: string; province: string }[];
};

export type PlaceError = { code: 'empty' | 'postcode' | 'unknown'; message: string; suggestions: string[] };
export type PlaceResolution = { ok: true; place: ResolvedPlace } | { ok: false; error: PlaceError };

const PROVINCE_WORDS: Record<string, string> = {
  dr: 'Drenthe',
  fl: 'Flevoland',
  fr: 'Friesland',
  fryslan: 'Friesland',
  gld: 'Gelderland',
  ge: 'Gelderland',
  gr: 'Groningen',
  lb: 'Limburg',
  li: 'Limburg',
  nb: 'Noord-Brabant',
  brabant: 'Noord-Brabant',
  nh: 'Noord-Holland',
  ov: 'Overijssel',
  ut: 'Utrecht',
  ze: 'Zeeland',
  zh: 'Zuid-Holland',
  ...Object.fromEntries(PROVINCES.map((p) => [normalisePlaceName(p), p])),
};
const KIND_ORDER: Record<Place['kind'], number> = { place: 0, municipality: 1, district: 2 };

/** Resolves place names against the gazetteer; build once. */
export class PlaceResolver {
  private readonly byName = new Map<string, { place: Place; alias: boolean }[]>();
  private readonly fuse: Fuse<string>;
  private readonly places: readonly Place[];

  /** A resolver over a gazetteer as the catalogue holds it. */
  static fromGazetteer({
    places,
    aliases,
  }: {
    places: readonly Place[];
    aliases: Record<string, string[]>;
  }): PlaceResolver {
    return new PlaceResolver(places, aliases);
  }

  constructor(places: readonly Place[], aliases: Record<string, string[]>) {
    this.places = places;
    const byId = new Map(places.map((p) => [p.id, p]));
    const add = (name: string, place: Place, alias: boolean) => {
      const key = normalisePlaceName(name);
      const list = this.byName.get(key) ?? [];
      if (!list.some((e) => e.place.id === place.id)) list.push({ place, alias });
      this.byName.set(key, list);
    };
    for (const p of places) add(p.name, p, false);
    for (const [alias, ids] of Object.entries(aliases))
      for (const id of ids) if (byId.has(id)) add(alias, byId.get(id)!, true);
    for (const list of this.byName.values()) {
      list.sort(
        (a, b) =>
          KIND_ORDER[a.place.kind] - KIND_ORDER[b.place.kind] || (b.place.population ?? 0) - (a.place.population ?? 0),
      );
    }
    this.fuse = new Fuse([...this.byName.keys()], { includeScore: true, threshold: 0.3 });
  }

  /** Places whose name (or alias) starts with what is typed, the most populous first; typo-tolerant when none does. */
  suggest(input: string, limit = 8): PlaceSuggestion[] {
    const key = normalisePlaceName(input);
    if (!key) return [];
    const found: { place: Place; alias: string | null; rank: number }[] = [];
    for (const [name, entries] of this.byName) {
      if (!name.startsWith(key) && !name.includes(` ${key}`)) continue;
      for (const e of entries)
        found.push({
          place: e.place,
          alias: e.alias ? name : null,
          rank: (name.startsWith(key) ? 0 : 1e9) - (e.place.population ?? 0) + (e.place.kind === 'district' ? 5e8 : 0),
        });
    }
    if (found.length === 0) {
      for (const r of this.fuse.search(key, { limit }))
        for (const e of this.byName.get(r.item)!) found.push({ place: e.place, alias: null, rank: r.score ?? 1 });
    }
    const seen = new Set<string>();
    return found
      .sort((a, b) => a.rank - b.rank)
      .filter((f) => !seen.has(f.place.id) && !!seen.add(f.place.id))
      .slice(0, limit)
      .map(({ place, alias }) => ({
        name: place.name,
        province: place.province,
        municipality: place.municipality,
        kind: place.kind,
        alias,
      }));
  }

  /** The nearest gazetteer place to a point, e.g. to tell the province of a point set on the map. */
  nearest(lat: number, lon: number): { place: Place; km: number } | null {
    let best: { place: Place; km: number } | null = null;
    for (const place of this.places) {
      const km = distanceKm(lat, lon, place.lat, place.lon);
      if (!best || km < best.km) best = { place, km };
    }
    return best;
  }

  /** Resolves `input`; an ambiguous name picks the most likely place and lists the others. */
  resolve(input: string): PlaceResolution {
    const typed = input.trim();
    if (!typed)
      return {
        ok: false,
        error: { code: 'empty', message: 'No place given. Type a town or municipality.', suggestions: [] },
      };
    if (/^\d{4}\s*([a-z]{2})?$/i.test(typed)) {
      return {
        ok: false,
        error: {
          code: 'postcode',
          message: `Postcode "${typed}" cannot be looked up offline. Type the town or municipality instead (for example "Apeldoorn"), or set the location on the map.`,
          suggestions: [],
        },
      };
    }
    let key = normalisePlaceName(typed);
    let province: string | null = null;
    const words = key.split(' ');
    if (words.length > 1 && PROVINCE_WORDS[words[words.length - 1]] && !this.byName.has(key)) {
      province = PROVINCE_WORDS[words.pop()!];
      key = words.join(' ');
    }
    let how: ResolvedPlace['how'] = 'exact';
    let entries = this.byName.get(key);
    if (!entries) {
      const best = this.fuse
        .search(key, { limit: 5 })
        .map((r) => ({ name: r.item, edits: editDistance(key, r.item) }))
        .sort((a, b) => a.edits - b.edits)[0];
      if (!best || best.edits > Math.max(1, Math.floor(key.length / 5))) {
        const suggestions = this.fuse.search(key, { limit: 3 }).map((r) => this.byName.get(r.item)![0].place.name);
        return {
          ok: false,
          error: {
            code: 'unknown',
            message: `"${typed}" is not a Dutch town or municipality we know.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} You can also set the location on the map.`,
            suggestions,
          },
        };
      }
      entries = this.byName.get(best.name)!;
      how = 'typo';
    }
    const inProvince = province ? entries.filter((e) => e.place.province === province) : entries;
    const chosen = (inProvince.length ? inProvince : entries)[0];
    if (how === 'exact' && chosen.alias) how = 'alias';
    const p = chosen.place;
    return {
      ok: true,
      place: {
        name: p.name,
        province: p.province,
        municipality: p.municipality,
        lat: p.lat,
        lon: p.lon,
        kind: p.kind,
        typed: how === 'exact' ? null : typed,
        how,
        alternatives: entries
          .filter((e) => e.place.id !== p.id && e.place.kind !== 'district')
          .map((e) => ({ name: e.place.name, province: e.place.province })),
      },
    };
  }
}
