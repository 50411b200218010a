/** The catalogue's channels: counts and credits, the list, one record, the vocabulary. */
import { z } from 'zod';
import type { CatalogueMeta } from '../catalogue/catalogue-meta';
import { RECORD_KINDS } from '../catalogue/record';
import type { RecordSummary } from '../catalogue/record-summary';
import type { CatalogueRecord } from '../catalogue/validate-catalogue';
import type { Vocabulary } from '../catalogue/vocabulary';

const recordId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a record id is a lower-case slug such as "sam-xl"');

export const catalogueRequests = {
  'catalogue:meta': z.object({}).strict(),
  'catalogue:list': z
    .object({
      kinds: z.array(z.enum(RECORD_KINDS)).min(1, 'choose at least one kind').max(RECORD_KINDS.length).optional(),
    })
    .strict(),
  'catalogue:get': z.object({ id: recordId }).strict(),
  'catalogue:vocabulary': z.object({}).strict(),
};

export type CatalogueResponses = {
  'catalogue:meta': CatalogueMeta;
  'catalogue:list': RecordSummary[];
  'catalogue:get': CatalogueRecord;
  'catalogue:vocabulary': Vocabulary;
};
