/** Validates the gazetteer, its aliases and the base-map layers before they go into a catalogue. */
import type { ValidationError } from '../catalogue/validate-catalogue';
import { aliasesSchema, placeSchema, type Place } from './gazetteer';

export type GeoSources = {
  places: { file: string; data: unknown };
  aliases: { file: string; data: unknown };
  layers: { file: string; data: unknown };
};

export type ValidatedGeo = { places: Place[]; aliases: Record<string, string[]>; layers: unknown };

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
  const l = layers.data as Record<string, { type?: string }> | null;
  for (const name of LAYER_NAMES) {
    if (l?.[name]?.type !== 'FeatureCollection') {
      errors.push({ file: layers.file, recordId: null, field: name, message: 'must be a GeoJSON FeatureCollection' });
    }
  }
  return { places, aliases, layers: layers.data };
}
