/**
 * The one pipeline from parsed source files to what goes into a catalogue file: validate records,
 * vocabulary and geodata, then derive concepts. Pure: the build, the benchmark and the tests use it.
 */
import { validateGeo, type GeoSources, type ValidatedGeo } from '../geo/validate-geo';
import { deriveExpertiseConcepts } from './derive-concepts';
import {
  validateCatalogue,
  type CatalogueSources,
  type ValidatedCatalogue,
  type ValidationError,
} from './validate-catalogue';

/** Everything a catalogue file holds. */
export type CatalogueContents = ValidatedCatalogue & ValidatedGeo & { about: unknown; sourceHash: string };

export type AssemblySources = CatalogueSources & { geo: GeoSources; about: { file: string; data: unknown } };

/** Validates every source and derives the concepts; the contents come back only when there is not a single error. */
export function assembleCatalogue(
  sources: AssemblySources,
  sourceHash: string,
): { ok: true; contents: CatalogueContents } | { ok: false; errors: ValidationError[] } {
  const result = validateCatalogue(sources);
  const geoErrors: ValidationError[] = [];
  const geo = validateGeo(sources.geo, geoErrors);
  const errors = [...(result.ok ? [] : result.errors), ...geoErrors];
  if (!result.ok || errors.length > 0) return { ok: false, errors };
  deriveExpertiseConcepts(result.catalogue.records, result.catalogue.vocabulary);
  return { ok: true, contents: { ...result.catalogue, ...geo, about: sources.about.data, sourceHash } };
}
