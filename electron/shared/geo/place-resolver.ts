/**
 * Turns what a user types as a location into a point, offline: names and their other spellings,
 * aliases (Den Bosch), a province or municipality to pick between namesakes ("Oosterhout
 * (Noord-Brabant)", "Hengelo Gld", "Alteveer (Hoogeveen)"), districts ("Amsterdam Noord" is Amsterdam),
 * 4-digit postcodes ("7711", "7711 AB", "5611 AB Eindhoven") and typos.
 */
import Fuse from 'fuse.js';
import { editDistance } from '../text/edit-distance';
import { distanceKm } from './distance';
import { normalisePlaceName, PROVINCES, type Place, type Province } from './gazetteer';

/** One entry of the place autocomplete; `value` is what goes into the field and resolves to exactly this place. */
export type PlaceSuggestion = {
  name: string;
  province: string;
  municipality: string | null;
  kind: Place['kind'];
  alias: string | null;
  postcode: string | null;
  value: string;
};

/** A resolved location and how it was found. */
export type ResolvedPlace = {
  name: string;
  province: string;
  municipality: string | null;
  lat: number;
  lon: number;
  kind: Place['kind'];
  /** What the user typed, when it was read as something else (an alias, a typo, a postcode, a district). */
  typed: string | null;
  how: 'exact' | 'alias' | 'typo' | 'postcode' | 'district';
  /** The 4-digit postcode the point stands for, when one was typed. */
  postcode: string | null;
  /** The part of the town that was typed but is not in the gazetteer ("Noord" of "Amsterdam Noord"). */
  district: string | null;
  /** Other places with the same name (or, for a postcode, the other places it serves). */
  alternatives: { name: string; province: string; municipality: string | null; value: string }[];
};

export type PlaceErrorCode = 'empty' | 'unknown' | 'postcode_unknown';
export type PlaceError = { code: PlaceErrorCode; message: string; suggestions: string[] };
export type PlaceResolution = { ok: true; place: ResolvedPlace } | { ok: false; error: PlaceError };

/** One postcode's place and point: [pc4, place id, lat, lon]. */
export type PostcodeEntry = [string, string, number, number];

/** The gazetteer as the catalogue holds it. */
export type Gazetteer = {
  places: readonly Place[];
  aliases: Record<string, string[]>;
  postcodes: readonly PostcodeEntry[];
};

const PROVINCE_WORDS: Record<string, Province> = {
  dr: 'Drenthe',
  fl: 'Flevoland',
  fr: 'Friesland',
  fryslan: 'Friesland',
  gld: 'Gelderland',
  ge: 'Gelderland',
  gr: 'Groningen',
  gn: 'Groningen',
  lb: 'Limburg',
  li: 'Limburg',
  l: 'Limburg',
  nb: 'Noord-Brabant',
  brabant: 'Noord-Brabant',
  nh: 'Noord-Holland',
  ov: 'Overijssel',
  ut: 'Utrecht',
  ze: 'Zeeland',
  zh: 'Zuid-Holland',
  ...Object.fromEntries(PROVINCES.map((p) => [normalisePlaceName(p), p])),
};
/** Words after a town's name that name a part of it, not another place. */
const DISTRICT_WORDS = new Set(
  `noord zuid oost west centrum zuidoost zuidwest noordoost noordwest nieuw north south east centre center city
  binnenstad stad dorp haven`.split(/\s+/),
);
const KIND_ORDER: Record<Place['kind'], number> = { place: 0, municipality: 1, district: 2 };
const MUNICIPALITY_WORDS = new Set(['gemeente', 'municipality']);
const POSTCODE = /^(\d{4})\s*(?:[a-z]{2})?(?:\b[\s,]*(.*))?$/i;

type Entry = { place: Place; alias: boolean };

/** Resolves place names against the gazetteer; build once. */
export class PlaceResolver {
  private readonly byName = new Map<string, Entry[]>();
  private readonly byId = new Map<string, Place>();
  private readonly postcodes = new Map<string, { place: Place; lat: number; lon: number }[]>();
  private readonly postcodeCount = new Map<string, number>();
  private readonly fuse: Fuse<string>;
  private readonly places: readonly Place[];

  /** A resolver over a gazetteer as the catalogue holds it. */
  static fromGazetteer(gazetteer: Gazetteer): PlaceResolver {
    return new PlaceResolver(gazetteer);
  }

  constructor({ places, aliases, postcodes }: Gazetteer) {
    this.places = places;
    for (const p of places) this.byId.set(p.id, p);
    const add = (name: string, place: Place, alias: boolean) => {
      const key = normalisePlaceName(name);
      const list = this.byName.get(key) ?? [];
      if (!list.some((e) => e.place.id === place.id)) list.push({ place, alias });
      this.byName.set(key, list);
    };
    for (const p of places) add(p.name, p, false);
    for (const p of places) for (const alt of p.altNames ?? []) add(alt, p, true);
    for (const [alias, ids] of Object.entries(aliases)) {
      for (const id of ids) if (this.byId.has(id)) add(alias, this.byId.get(id)!, true);
    }
    for (const [pc4, id, lat, lon] of postcodes) {
      const place = this.byId.get(id);
      if (!place) continue;
      this.postcodes.set(pc4, [...(this.postcodes.get(pc4) ?? []), { place, lat, lon }]);
      this.postcodeCount.set(id, (this.postcodeCount.get(id) ?? 0) + 1);
    }
    for (const list of this.byName.values()) list.sort((a, b) => this.rank(a.place, b.place));
    this.fuse = new Fuse([...this.byName.keys()], { includeScore: true, threshold: 0.3 });
  }

  /**
   * The text that resolves to exactly this place: its name, or its name with the province (namesakes in
   * other provinces), the municipality (namesakes in one province, districts) or "gemeente".
   */
  valueOf(place: Place): string {
    const others = (this.byName.get(normalisePlaceName(place.name)) ?? []).filter((e) => e.place.id !== place.id);
    const namesakes = place.kind === 'district' ? others : others.filter((e) => e.place.kind !== 'district');
    if (place.kind === 'municipality') {
      if (namesakes.some((e) => !e.alias && e.place.province !== place.province))
        return `${place.name} (${place.province})`;
      return others.length ? `${place.name} (gemeente)` : place.name;
    }
    if (namesakes.length === 0) return place.name;
    const sameProvince = namesakes.some((e) => e.place.province === place.province);
    const byMunicipality = (sameProvince || place.kind === 'district') && place.municipality;
    return `${place.name} (${byMunicipality ? place.municipality : place.province})`;
  }

  /**
   * Places whose name (or alias) starts with what is typed, the most populous first; typo-tolerant when
   * none does. Digits suggest the postcodes that start with them.
   */
  suggest(input: string, limit = 8): PlaceSuggestion[] {
    const digits = /^\s*(\d{2,4})\s*$/.exec(input);
    if (digits) {
      const out: PlaceSuggestion[] = [];
      for (const [pc4, entries] of this.postcodes) {
        if (!pc4.startsWith(digits[1])) continue;
        for (const { place } of entries) {
          const value = entries.length > 1 ? `${pc4} ${place.name}` : pc4;
          out.push({ ...this.suggestion(place, null), postcode: pc4, value });
        }
      }
      return out.sort((a, b) => a.value.localeCompare(b.value) || a.name.localeCompare(b.name)).slice(0, limit);
    }
    const key = normalisePlaceName(input);
    if (!key) return [];
    const found: { place: Place; alias: string | null; rank: number }[] = [];
    for (const [name, entries] of this.byName) {
      const starts = name.startsWith(key);
      if (!starts && !name.includes(` ${key}`)) continue;
      for (const e of entries) {
        const rank = (starts ? 0 : 1e9) + (e.place.kind === 'district' ? 5e8 : 0) - this.sizeOf(e.place);
        found.push({ place: e.place, alias: e.alias ? name : null, rank });
      }
    }
    if (found.length === 0) {
      for (const r of this.fuse.search(key, { limit })) {
        for (const e of this.byName.get(r.item)!) found.push({ place: e.place, alias: null, rank: r.score ?? 1 });
      }
    }
    const seen = new Set<string>();
    return found
      .sort((a, b) => a.rank - b.rank)
      .filter((f) => !seen.has(f.place.id) && !!seen.add(f.place.id))
      .slice(0, limit)
      .map(({ place, alias }) => this.suggestion(place, alias));
  }

  private suggestion(place: Place, alias: string | null): PlaceSuggestion {
    return {
      name: place.name,
      province: place.province,
      municipality: place.municipality,
      kind: place.kind,
      alias,
      postcode: null,
      value: this.valueOf(place),
    };
  }

  /**
   * How many people a place has, about: GeoNames' population where it has one, else its 4-digit
   * postcodes times the Dutch average of about 4,400 people per postcode (17.9 million / 4,064).
   */
  private sizeOf(p: Place): number {
    return Math.max(p.population ?? 0, (this.postcodeCount.get(p.id) ?? 0) * 4400);
  }

  /** Which of two namesakes a bare name means: never a district first, then the larger, then a place before a municipality. */
  private rank(a: Place, b: Place): number {
    const district = (p: Place) => (p.kind === 'district' ? 1 : 0);
    return (
      district(a) - district(b) ||
      this.sizeOf(b) - this.sizeOf(a) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.id.localeCompare(b.id)
    );
  }

  /** The nearest gazetteer place to a point, e.g. to tell the province of a point set on the map. */
  nearest(lat: number, lon: number): { place: Place; km: number } | null {
    let best: { place: Place; km: number } | null = null;
    for (const place of this.places) {
      if (place.kind === 'municipality') continue;
      const km = distanceKm(lat, lon, place.lat, place.lon);
      if (!best || km < best.km) best = { place, km };
    }
    return best;
  }

  /** Resolves `input`; an ambiguous name picks the most likely place and lists the others. */
  resolve(input: string): PlaceResolution {
    const typed = input.trim().replace(/\s+/g, ' ');
    if (!typed) return fail('empty', 'No place given. Type a town, a municipality or a postcode.', []);
    const postcode = POSTCODE.exec(typed);
    if (postcode) return this.resolvePostcode(typed, postcode[1], postcode[2] ?? '');

    const { key, ...qualifier } = splitQualifier(typed, (k) => this.byName.has(k));
    const exact = this.byName.get(key);
    if (exact) return this.choose(exact, typed, exact[0].alias ? 'alias' : 'exact', qualifier);

    const district = this.districtOf(key);
    if (district) {
      return ok(district.place, typed, 'district', {
        district: district.words,
        alternatives: this.alternativesOf(district.place),
      });
    }

    const best = this.fuse
      .search(key, { limit: 5 })
      .map((r) => ({ name: r.item, edits: editDistance(key, r.item) }))
      .sort((a, b) => a.edits - b.edits)[0];
    if (!best || best.edits > Math.max(1, Math.floor(key.length / 5))) {
      const suggestions = this.fuse
        .search(key, { limit: 3 })
        .map((r) => this.valueOf(this.byName.get(r.item)![0].place));
      const also = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
      return fail(
        'unknown',
        `"${typed}" is not a Dutch town, municipality or postcode we know.${also} You can also set the location on the map.`,
        suggestions,
      );
    }
    return this.choose(this.byName.get(best.name)!, typed, 'typo', qualifier);
  }

  private choose(entries: Entry[], typed: string, how: ResolvedPlace['how'], qualifier: Qualifier): PlaceResolution {
    const { words, province } = qualifier;
    const pick = (keep: (p: Place) => boolean) => (words || province ? entries.filter((e) => keep(e.place)) : []);
    const byKind = words && MUNICIPALITY_WORDS.has(words) ? pick((p) => p.kind === 'municipality') : [];
    const byMunicipality = words ? pick((p) => normalisePlaceName(p.municipality ?? '') === words) : [];
    const byProvince = province ? pick((p) => p.province === province) : [];
    const narrowed = [byKind, byMunicipality, byProvince].find((list) => list.length > 0) ?? entries;
    const chosen = narrowed[0].place;
    // Text that names exactly the chosen place (as the suggestions write it) is no alias or guess.
    const plain =
      how === 'exact' || (how === 'alias' && normalisePlaceName(typed) === normalisePlaceName(this.valueOf(chosen)));
    return ok(chosen, plain ? null : typed, how, { alternatives: this.alternativesOf(chosen) });
  }

  private alternativesOf(place: Place): ResolvedPlace['alternatives'] {
    return (this.byName.get(normalisePlaceName(place.name)) ?? [])
      .filter((e) => e.place.id !== place.id && e.place.kind !== 'district')
      .map((e) => ({
        name: e.place.name,
        province: e.place.province,
        municipality: e.place.municipality,
        value: this.valueOf(e.place),
      }));
  }

  /** "amsterdam noord" → Amsterdam with district "Noord"; only when the words after the town name a part of town. */
  private districtOf(key: string): { place: Place; words: string } | null {
    const words = key.split(' ');
    for (let n = words.length - 1; n >= 1; n--) {
      const rest = words.slice(n);
      if (!rest.every((w) => DISTRICT_WORDS.has(w))) continue;
      const town = this.byName.get(words.slice(0, n).join(' '))?.find((e) => e.place.kind !== 'district');
      if (town) return { place: town.place, words: rest.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') };
    }
    return null;
  }

  private resolvePostcode(typed: string, pc4: string, town: string): PlaceResolution {
    const entries = this.postcodes.get(pc4);
    if (!entries) {
      return fail(
        'postcode_unknown',
        `Postcode ${pc4} is not in the offline postcode list (GeoNames, 2018). Check the digits, or type the town or municipality instead.`,
        [],
      );
    }
    const wanted = normalisePlaceName(town);
    const chosen =
      (wanted &&
        entries.find((e) =>
          [e.place.name, ...(e.place.altNames ?? [])].some((n) => normalisePlaceName(n) === wanted),
        )) ||
      entries[0];
    return {
      ok: true,
      place: {
        ...ok(chosen.place, typed, 'postcode', {}).place,
        lat: chosen.lat,
        lon: chosen.lon,
        postcode: pc4,
        alternatives: entries
          .filter((e) => e.place.id !== chosen.place.id)
          .map((e) => ({
            name: e.place.name,
            province: e.place.province,
            municipality: e.place.municipality,
            value: `${pc4} ${e.place.name}`,
          })),
      },
    };
  }
}

/** What narrows a name down: a province, or the words in brackets (a municipality, a province, "gemeente"). */
type Qualifier = { words: string | null; province: Province | null };

/** "Oosterhout (Noord-Brabant)", "Hengelo Gld", "Alteveer (Hoogeveen)": the name and what narrows it. */
function splitQualifier(typed: string, known: (key: string) => boolean): Qualifier & { key: string } {
  const parens = /^(.+?)\s*\(([^)]+)\)$/.exec(typed);
  if (parens) {
    const words = normalisePlaceName(parens[2]);
    const province = Object.hasOwn(PROVINCE_WORDS, words) ? PROVINCE_WORDS[words] : null;
    return { key: normalisePlaceName(parens[1]), words, province };
  }
  const key = normalisePlaceName(typed);
  if (known(key)) return { key, words: null, province: null };
  const words = key.split(' ');
  for (const n of [1, 2]) {
    const tail = words.slice(-n).join(' ');
    if (words.length > n && Object.hasOwn(PROVINCE_WORDS, tail)) {
      return { key: words.slice(0, -n).join(' '), words: null, province: PROVINCE_WORDS[tail] };
    }
  }
  return { key, words: null, province: null };
}

function ok(
  p: Place,
  typed: string | null,
  how: ResolvedPlace['how'],
  extra: Partial<Pick<ResolvedPlace, 'district' | 'alternatives'>>,
): { ok: true; place: ResolvedPlace } {
  return {
    ok: true,
    place: {
      name: p.name,
      province: p.province,
      municipality: p.municipality,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      typed,
      how,
      postcode: null,
      district: extra.district ?? null,
      alternatives: extra.alternatives ?? [],
    },
  };
}

function fail(code: PlaceErrorCode, message: string, suggestions: string[]): { ok: false; error: PlaceError } {
  return { ok: false, error: { code, message, suggestions } };
}
