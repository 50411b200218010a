/** Concepts a record names in free text, for records that carry subjects instead of (or beside) tags. */
import { ConceptMatcher } from '../matching/concept-matcher';
import type { StartKind } from './record-basics';
import type { CatalogueRecord } from './validate-catalogue';
import type { ConceptId, Vocabulary } from './vocabulary';

/**
 * The kind of help a sourced way to start is: research done together or on order is a joint project,
 * a lab to use is a shared facility, a company visit shows the technology. Contacts, events and other
 * starts say nothing about the help itself.
 */
const HELP_OF_START: Partial<Record<StartKind, ConceptId>> = {
  project: 'offer:joint_project',
  applied_research: 'offer:joint_project',
  contract_research: 'offer:joint_project',
  student_project: 'offer:student_projects',
  lab_use: 'offer:shared_facilities',
  course: 'offer:training',
  visit: 'offer:demo',
  intake: 'offer:advice',
  network: 'offer:network',
  membership: 'offer:network',
};

/**
 * Knowledge institutions carry subjects of expertise and centres instead of tags: the themes and
 * sectors they name word for word (no typo guessing) become concepts, each centre's and each
 * specialised site's its own and all of them the record's, so they can be matched like the rest.
 */
export function deriveSubjectConcepts(records: CatalogueRecord[], vocabulary: Vocabulary): void {
  // Word for word only: a catalogue's own text is not guessed at.
  const matcher = new ConceptMatcher(vocabulary, { typos: false });
  // A number in a catalogue's text is a year or a count ("2024", "200-hour elective"), never an SBI code.
  const named = (texts: (string | null)[]): ConceptId[] =>
    texts.flatMap((text) =>
      text
        ? matcher
            .match(text, ['theme', 'sector'])
            .hits.filter((h) => h.how !== 'code')
            .map((h) => h.concept)
        : [],
    );
  for (const r of records) {
    for (const part of r.parts) {
      part.concepts = [...new Set(named([part.name, ...part.subjects.flatMap((s) => [s.nl, s.en])]))].sort();
    }
    const found = [...named(r.subjects.flatMap((s) => [s.nl, s.en])), ...r.parts.flatMap((p) => p.concepts)];
    // A specialised site's subjects are read the same way; they count for the record, and what only a
    // site gives it says where the record works on that.
    const elsewhere = new Set<ConceptId>([...r.concepts, ...found]);
    for (const site of r.otherSites) {
      site.subjectConcepts = (site.purpose?.subjects ?? []).map((s) => [...new Set(named([s.nl, s.en]))].sort());
      site.carries = [...new Set(site.subjectConcepts.flat())].filter((c) => !elsewhere.has(c)).sort();
      found.push(...site.subjectConcepts.flat());
    }
    // The ways to start that a source gives say what help a record offers, as its offer tags do.
    for (const o of r.offers) if (o.start && HELP_OF_START[o.start]) found.push(HELP_OF_START[o.start]!);
    r.concepts = [...new Set<ConceptId>([...r.concepts, ...found])].sort();
  }
}
