/**
 * Puts the towns the research names for sites and centres on the map, through the app's own
 * gazetteer: "Hengelo (Gelderland)" is a place in a province, "Den Haag (Ypenburg)" is Den Haag with
 * the detail as a label. A town the gazetteer does not know keeps its name and gets no point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlaceResolver, type PostcodeEntry } from '../../electron/shared/geo/place-resolver';
import { normalisePlaceName, PROVINCES, type Place } from '../../electron/shared/geo/gazetteer';

export type TownPoint = {
  town: string;
  label: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
};

/** A resolver over data/geo, for the import. */
export function townPoints(dataDir: string): (typed: string) => TownPoint {
  const read = (file: string) => JSON.parse(readFileSync(join(dataDir, 'geo', file), 'utf8'));
  const resolver = new PlaceResolver({
    places: read('places.json') as Place[],
    aliases: (read('aliases.json') as { aliases: Record<string, string[]> }).aliases,
    postcodes: read('postcodes.json') as PostcodeEntry[],
  });
  const exact = (text: string) => {
    const r = resolver.resolve(text);
    return r.ok && r.place.how !== 'typo' && r.place.how !== 'postcode' ? r.place : null;
  };
  const provinces = new Set(PROVINCES.map((p) => normalisePlaceName(p)));
  return (typed) => {
    const detail = /^(.+?)\s*\((.+)\)$/.exec(typed);
    // "Hengelo (Gelderland)" names a place; "Den Haag (Ypenburg)" a place and a detail.
    if (!detail || provinces.has(normalisePlaceName(detail[2]))) {
      const whole = exact(typed);
      if (whole) return { town: whole.name, label: null, province: whole.province, lat: whole.lat, lon: whole.lon };
    }
    const town = detail ? detail[1].trim() : typed.trim();
    const label = detail ? detail[2].trim() : null;
    // "Zwolle and Emmen": the point of the first town, the name as written.
    const found = exact(town) ?? exact(town.split(/\s+(?:and|en)\s+|\s*\/\s*/)[0]);
    if (found && found.name !== town) return { town, label, province: found.province, lat: found.lat, lon: found.lon };
    return found
      ? { town: found.name, label, province: found.province, lat: found.lat, lon: found.lon }
      : { town, label, province: null, lat: null, lon: null };
  };
}
