/**
 * A company's SBI code (the Dutch standard industrial classification, SBI 2008) read from its sector
 * field: a code as typed ("25.62", "2562", "SBI 25.62.1") kept as its digits, or else the division of
 * the first sector its words name in the vocabulary ("bakkerij" → 10). Null when neither is there.
 */
import type { Vocabulary } from '../catalogue/vocabulary';
import type { ConceptMatcher } from '../matching/concept-matcher';

const CODE = String.raw`(\d{2})(?:\.?(\d{1,2}))?(?:\.?(\d))?(?![\d.]*\d)`;
/**
 * A code where it is meant as one: after "SBI" anywhere, or opening the field as the KvK writes it
 * ("25621 - Vervaardiging van ..."). A number elsewhere ("metaal, 50 man") is not read as a code.
 */
const SBI_AFTER_WORD = new RegExp(String.raw`\bsbi(?:[\s-]*code)?[\s:-]*${CODE}`, 'i');
const SBI_AT_START = new RegExp(String.raw`^\s*${CODE}(?=\s|[-–:,;]|$)`);

/** The digits of an SBI code written in the text ("25.62.1" → "25621"), or null. */
export function sbiCodeIn(text: string): string | null {
  const m = SBI_AFTER_WORD.exec(text) ?? SBI_AT_START.exec(text);
  if (!m || m[1] === '00') return null;
  return `${m[1]}${m[2] ?? ''}${m[3] ?? ''}`;
}

/** An SBI code's digits as the KvK writes them: "10", "25.62", "25.62.1". */
export function formatSbi(code: string): string {
  return [code.slice(0, 2), code.slice(2, 4), code.slice(4)].filter(Boolean).join('.');
}

/** The SBI code of a sector field: the code typed, else the division its words name; null when unknown. */
export function readSbi(sector: string, concepts: ConceptMatcher, vocabulary: Vocabulary): string | null {
  const typed = sbiCodeIn(sector);
  if (typed) return typed;
  for (const hit of concepts.match(sector, ['sector']).hits) {
    const entry = vocabulary.sector.find((e) => `sector:${e.code}` === hit.concept);
    if (entry?.sbi) return entry.sbi;
  }
  return null;
}

/** The vocabulary's sector of an SBI code's division ("25621" → metal products), if it has one. */
export function sectorOfSbi(sbi: string, vocabulary: Vocabulary): Vocabulary['sector'][number] | null {
  return vocabulary.sector.find((e) => e.sbi === sbi.slice(0, 2)) ?? null;
}
