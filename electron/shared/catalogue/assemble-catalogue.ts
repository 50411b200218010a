/**
 * The one pipeline from parsed source files to what goes into a catalogue file: validate records,
 * vocabulary and geodata, then derive concepts. Pure: the build, the benchmark and the tests use it.
 */
import { validateGeo, type GeoSources, type ValidatedGeo } from '../geo/validate-geo';
import { aboutSchema } from './catalogue-meta';
import { deriveSubjectConcepts } from './derive-concepts';
import {
  validateCatalogue,
  type CatalogueSources,
  type ValidatedCatalogue,
  type ValidationError,
} from './validate-catalogue';

/** Everything a catalogue file holds. */
export type CatalogueContents = ValidatedCatalogue &
  ValidatedGeo & { about: unknown; sourceHash: string; lexicon: readonly string[] };

export type AssemblySources = CatalogueSources & {
  geo: GeoSources;
  about: { file: string; data: unknown };
  /** The word list of data/lexicon/words.txt, one word per line. */
  lexicon: { file: string; data: unknown };
};

/** Validates every source and derives the concepts; the contents come back only when there is not a single error. */
export function assembleCatalogue(
  sources: AssemblySources,
  sourceHash: string,
): { ok: true; contents: CatalogueContents } | { ok: false; errors: ValidationError[] } {
  const result = validateCatalogue(sources);
  const otherErrors: ValidationError[] = [];
  const geo = validateGeo(sources.geo, otherErrors);
  const about = aboutSchema.safeParse(sources.about.data);
  if (!about.success) {
    for (const issue of about.error.issues) {
      otherErrors.push({
        file: sources.about.file,
        recordId: null,
        field: issue.path.join('.'),
        message: issue.message,
      });
    }
  }
  const errors = [...(result.ok ? [] : result.errors), ...otherErrors];
  if (!result.ok || errors.length > 0) return { ok: false, errors };
  const lexicon = sources.lexicon.data;
  if (
    !Array.isArray(lexicon) ||
    lexicon.length < 1000 ||
    !lexicon.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))
  ) {
    return {
      ok: false,
      errors: [
        { file: sources.lexicon.file, recordId: null, field: '', message: 'must hold one lower-case word per line' },
      ],
    };
  }
  deriveSubjectConcepts(result.catalogue.records, result.catalogue.vocabulary);
  return { ok: true, contents: { ...result.catalogue, ...geo, about: sources.about.data, sourceHash, lexicon } };
}
