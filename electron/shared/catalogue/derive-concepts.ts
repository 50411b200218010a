/** Concepts a record names in free text, for records that carry text instead of tags. */
import { ConceptMatcher } from '../matching/concept-matcher';
import type { CatalogueRecord } from './validate-catalogue';
import type { ConceptId, Vocabulary } from './vocabulary';

/**
 * Knowledge institutions carry free-text expertise instead of tags: the themes and sectors it names
 * word for word (no typo guessing) become the record's concepts, so they can be matched like the rest.
 */
export function deriveExpertiseConcepts(records: CatalogueRecord[], vocabulary: Vocabulary): void {
  const matcher = new ConceptMatcher(vocabulary);
  for (const r of records) {
    if (r.expertise.length === 0) continue;
    const found = r.expertise.flatMap((e) =>
      matcher
        .match(e, ['theme', 'sector'])
        .hits.filter((h) => h.how !== 'typo')
        .map((h) => h.concept),
    );
    r.concepts = [...new Set<ConceptId>([...r.concepts, ...found])].sort();
  }
}
