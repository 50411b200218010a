/** Concepts a record names in free text, for records that carry subjects instead of (or beside) tags. */
import { ConceptMatcher } from '../matching/concept-matcher';
import type { CatalogueRecord } from './validate-catalogue';
import type { ConceptId, Vocabulary } from './vocabulary';

/**
 * Knowledge institutions carry subjects of expertise and centres instead of tags: the themes and
 * sectors they name word for word (no typo guessing) become concepts, each centre's its own and all
 * of them the record's, so they can be matched like the rest.
 */
export function deriveSubjectConcepts(records: CatalogueRecord[], vocabulary: Vocabulary): void {
  // Word for word only: a catalogue's own text is not guessed at.
  const matcher = new ConceptMatcher(vocabulary, { typos: false });
  const named = (texts: (string | null)[]): ConceptId[] =>
    texts.flatMap((text) => (text ? matcher.match(text, ['theme', 'sector']).hits.map((h) => h.concept) : []));
  for (const r of records) {
    for (const part of r.parts) {
      part.concepts = [...new Set(named([part.name, ...part.subjects.flatMap((s) => [s.nl, s.en])]))].sort();
    }
    const found = [...named(r.subjects.flatMap((s) => [s.nl, s.en])), ...r.parts.flatMap((p) => p.concepts)];
    r.concepts = [...new Set<ConceptId>([...r.concepts, ...found])].sort();
  }
}
