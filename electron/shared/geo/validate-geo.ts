/** Validates the gazetteer, its aliases and the base-map layers before they go into a catalogue. */
import type { ValidationError } from '../catalogue/validate-catalogue';
import { aliasesSchema, placeSchema, postcodeEntrySchema, type Place } from './gazetteer';
import type { Gazetteer, PostcodeEntry } from './place-resolver';

export type GeoSources = {
  places: { file: string; data: unknown };
  aliases: { file: string; data: unknown };
  postcodes: { file: string; data: unknown };
  layers: { file: string; data: unknown };
};

export type ValidatedGeo = Gazetteer & { places: Place[]; layers: unknown };

const LAYER_NAMES = ['countries', 'otherLand', 'water', 'provinces'];

/** Every place against its schema, ids unique, every alias pointing at a place, every layer a FeatureCollection. */
export function validateGeo(sources: GeoSources, errors: ValidationError[]): ValidatedGeo {
  const { places: placesFile, aliases: aliasesFile, layers } = sources;
  const places: Place[] = [];
  const ids = new Set<string>();
  if (!Array.isArray(placesFile.data)) {
    errors.push({ file: placesFile.file, recordId: null, field: '', message: 'must be a JSON array of places' });
  } else {
    placesFile.data.forEach((raw: unknown, i: number) => {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${i + 1}`;
      const parsed = placeSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          errors.push({ file: placesFile.file, recordId: id, field: issue.path.join('.'), message: issue.message });
        }
      } else if (ids.has(parsed.data.id)) {
        errors.push({ file: placesFile.file, recordId: id, field: 'id', message: 'duplicate place id' });
      } else {
        ids.add(parsed.data.id);
        places.push(parsed.data);
      }
    });
  }
  const parsedAliases = aliasesSchema.safeParse(aliasesFile.data);
  const aliases = parsedAliases.success ? parsedAliases.data.aliases : {};
  if (!parsedAliases.success) {
    const issue = parsedAliases.error.issues[0];
    errors.push({
      file: aliasesFile.file,
      recordId: null,
      field: issue.path.join('.') || 'aliases',
      message: issue.message,
    });
  }
  for (const [alias, targets] of Object.entries(aliases)) {
    for (const id of targets) {
      if (!ids.has(id))
        errors.push({
          file: aliasesFile.file,
          recordId: null,
          field: `aliases.${alias}`,
          message: `unknown place id "${id}"`,
        });
    }
  }
  const postcodes: PostcodeEntry[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(sources.postcodes.data)) {
    errors.push({
      file: sources.postcodes.file,
      recordId: null,
      field: '',
      message: 'must be a JSON array of postcodes',
    });
  } else {
    sources.postcodes.data.forEach((raw: unknown, i: number) => {
      const parsed = postcodeEntrySchema.safeParse(raw);
      const where = { file: sources.postcodes.file, recordId: Array.isArray(raw) ? String(raw[0]) : `#${i + 1}` };
      if (!parsed.success) errors.push({ ...where, field: String(i), message: parsed.error.issues[0].message });
      else if (!ids.has(parsed.data[1])) {
        errors.push({ ...where, field: String(i), message: `unknown place id "${parsed.data[1]}"` });
      } else if (seen.has(`${parsed.data[0]}|${parsed.data[1]}`)) {
        errors.push({
          ...where,
          field: String(i),
          message: `postcode ${parsed.data[0]} is listed twice for "${parsed.data[1]}"`,
        });
      } else {
        seen.add(`${parsed.data[0]}|${parsed.data[1]}`);
        postcodes.push(parsed.data);
      }
    });
  }
  const l = layers.data as Record<string, { type?: string }> | null;
  for (const name of LAYER_NAMES) {
    if (l?.[name]?.type !== 'FeatureCollection') {
      errors.push({ file: layers.file, recordId: null, field: name, message: 'must be a GeoJSON FeatureCollection' });
    }
  }
  return { places, aliases, postcodes, layers: layers.data };
}
