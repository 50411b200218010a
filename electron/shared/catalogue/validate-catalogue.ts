/**
 * Validates the catalogue sources as a whole: every record against the schema, ids unique,
 * links pointing at records that exist, every tag mapped onto the vocabulary.
 * Pure: the build, the tests and later the record editor all use it.
 */
import type { z } from 'zod';
import { sourceRecordSchema, type RecordPart, type RecordSite, type SourceRecord } from './record';
import {
  emptyVocabulary,
  parseConceptId,
  VOCABULARY_LISTS,
  type ConceptId,
  type TagMap,
  type Vocabulary,
  type VocabularyEntry,
  type VocabularyList,
} from './vocabulary';
import { tagMapSchema, vocabularyEntrySchema } from './vocabulary-schema';

/** One problem, precise enough to fix by hand: which file, which record, which field. */
export type ValidationError = { file: string; recordId: string | null; field: string; message: string };

/** A centre with the concepts its subjects name. */
export type CataloguePart = RecordPart & { concepts: ConceptId[] };

/**
 * A site with the concepts each of its subjects names, in the order of `purpose.subjects`, and those
 * of them the record has from nothing else (no tag, subject or centre): for those, this site is where it works.
 */
export type CatalogueSite = RecordSite & { subjectConcepts: ConceptId[][]; carries: ConceptId[] };

/** A record with its tags (and, for institutions, its subjects) resolved onto vocabulary concepts. */
export type CatalogueRecord = Omit<SourceRecord, 'parts' | 'otherSites'> & {
  concepts: ConceptId[];
  parts: CataloguePart[];
  otherSites: CatalogueSite[];
};

export type CatalogueSources = {
  records: { file: string; data: unknown }[];
  vocabulary: { file: string; list: VocabularyList; data: unknown }[];
  tagMap: { file: string; data: unknown };
};

export type ValidatedCatalogue = { records: CatalogueRecord[]; vocabulary: Vocabulary; tagMap: TagMap };

/** Formats an error as one line: `data/catalogue/fieldlabs.json [sam-xl] location.lat: ...`. */
export function formatValidationError(e: ValidationError): string {
  return `${e.file}${e.recordId ? ` [${e.recordId}]` : ''} ${e.field || '(record)'}: ${e.message}`;
}

function zodErrors(file: string, recordId: string | null, error: z.ZodError, prefix = ''): ValidationError[] {
  return error.issues.map((issue) => ({
    file,
    recordId,
    field: prefix + issue.path.join('.'),
    message: issue.message,
  }));
}

function validateVocabulary(sources: CatalogueSources, errors: ValidationError[]): Vocabulary {
  const vocabulary = emptyVocabulary();
  for (const { file, list, data } of sources.vocabulary) {
    if (!Array.isArray(data)) {
      errors.push({ file, recordId: null, field: '', message: 'must be a JSON array of vocabulary entries' });
      continue;
    }
    const seen = new Set<string>();
    data.forEach((entry, i) => {
      const parsed = vocabularyEntrySchema.safeParse(entry);
      const code = typeof entry?.code === 'string' ? entry.code : `#${i}`;
      if (!parsed.success) return errors.push(...zodErrors(file, code, parsed.error));
      if (seen.has(parsed.data.code)) errors.push({ file, recordId: code, field: 'code', message: 'duplicate code' });
      seen.add(parsed.data.code);
      vocabulary[list].push(parsed.data);
    });
  }
  const known = new Set(VOCABULARY_LISTS.flatMap((list) => vocabulary[list].map((e) => `${list}:${e.code}`)));
  for (const { file, list } of sources.vocabulary) {
    const codes = new Set(vocabulary[list].map((e) => e.code));
    for (const entry of vocabulary[list]) {
      for (const field of ['related', 'broader'] as const) {
        for (const other of entry[field] ?? []) {
          if (!codes.has(other))
            errors.push({ file, recordId: entry.code, field, message: `unknown ${list} "${other}"` });
        }
      }
      for (const target of entry.leadsTo ?? []) {
        if (!known.has(target))
          errors.push({
            file,
            recordId: entry.code,
            field: 'leadsTo',
            message: `"${target}" is not in the vocabulary`,
          });
      }
      if (broaderCycle(vocabulary[list], entry.code)) {
        errors.push({ file, recordId: entry.code, field: 'broader', message: 'a theme cannot be broader than itself' });
      }
    }
  }
  return vocabulary;
}

/** True when following "broader" from `code` comes back to it. */
function broaderCycle(entries: readonly VocabularyEntry[], code: string): boolean {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const seen = new Set<string>();
  const walk = (c: string): boolean =>
    (byCode.get(c)?.broader ?? []).some((b) => b === code || (!seen.has(b) && (seen.add(b), walk(b))));
  return walk(code);
}

function validateTagMap(sources: CatalogueSources, vocabulary: Vocabulary, errors: ValidationError[]): TagMap | null {
  const { file, data } = sources.tagMap;
  const parsed = tagMapSchema.safeParse(data);
  if (!parsed.success) {
    errors.push(...zodErrors(file, null, parsed.error));
    return null;
  }
  const known = new Set(VOCABULARY_LISTS.flatMap((list) => vocabulary[list].map((e) => `${list}:${e.code}`)));
  for (const field of ['themes', 'sectors', 'offers'] as const) {
    for (const [tag, ids] of Object.entries(parsed.data[field])) {
      if (ids.length === 0)
        errors.push({ file, recordId: null, field: `${field}.${tag}`, message: 'maps onto nothing' });
      for (const id of ids) {
        if (!parseConceptId(id))
          errors.push({
            file,
            recordId: null,
            field: `${field}.${tag}`,
            message: `"${id}" is not of the form theme:code, sector:code or offer:code`,
          });
        else if (!known.has(id))
          errors.push({ file, recordId: null, field: `${field}.${tag}`, message: `"${id}" is not in the vocabulary` });
      }
    }
  }
  return parsed.data;
}

/** Validates all sources; the records come back only when there is not a single error. */
export function validateCatalogue(
  sources: CatalogueSources,
): { ok: true; catalogue: ValidatedCatalogue } | { ok: false; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const vocabulary = validateVocabulary(sources, errors);
  const tagMap = validateTagMap(sources, vocabulary, errors);
  const records: CatalogueRecord[] = [];
  const fileOf = new Map<string, string>();

  for (const { file, data } of sources.records) {
    if (!Array.isArray(data)) {
      errors.push({ file, recordId: null, field: '', message: 'must be a JSON array of records' });
      continue;
    }
    data.forEach((raw: unknown, i) => {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${i + 1}`;
      const parsed = sourceRecordSchema.safeParse(raw);
      if (!parsed.success) return errors.push(...zodErrors(file, id, parsed.error));
      const record = parsed.data;
      if (fileOf.has(record.id)) {
        errors.push({
          file,
          recordId: record.id,
          field: 'id',
          message: `duplicate id, also in ${fileOf.get(record.id)}`,
        });
        return;
      }
      fileOf.set(record.id, file);
      const concepts = new Set<ConceptId>();
      if (tagMap) {
        for (const field of ['themes', 'sectors', 'offers'] as const) {
          for (const tag of record.tags[field]) {
            // Own keys only: a tag called "constructor" or "__proto__" is a tag like any other.
            const ids = Object.hasOwn(tagMap[field], tag) ? tagMap[field][tag] : undefined;
            if (!ids)
              errors.push({
                file,
                recordId: record.id,
                field: `tags.${field}`,
                message: `tag "${tag}" is not mapped in ${sources.tagMap.file}`,
              });
            else ids.forEach((c) => concepts.add(c as ConceptId));
          }
        }
      }
      records.push({
        ...record,
        concepts: [...concepts].sort(),
        parts: record.parts.map((p) => ({ ...p, concepts: [] })),
        otherSites: record.otherSites.map((site) => ({ ...site, subjectConcepts: [], carries: [] })),
      });
    });
  }

  for (const record of records) {
    record.links.forEach((link, i) => {
      if (link.id !== null && !fileOf.has(link.id)) {
        errors.push({
          file: fileOf.get(record.id)!,
          recordId: record.id,
          field: `links.${i}.id`,
          message: `links to unknown record "${link.id}"`,
        });
      }
    });
  }

  const subtypes = new Set(records.map((r) => r.subtype));
  for (const { file, list } of sources.vocabulary) {
    for (const entry of vocabulary[list]) {
      for (const type of entry.partnerTypes ?? []) {
        if (!subtypes.has(type))
          errors.push({
            file,
            recordId: entry.code,
            field: 'partnerTypes',
            message: `no record has subtype "${type}"`,
          });
      }
    }
  }

  if (errors.length > 0 || !tagMap) return { ok: false, errors };
  return { ok: true, catalogue: { records, vocabulary, tagMap } };
}
