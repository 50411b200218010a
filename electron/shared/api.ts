/**
 * The one typed contract between the renderer and the main process. Main registers a handler
 * per channel, the preload exposes one function per channel, the renderer and the end-to-end
 * test transport call the same functions. Requests are validated against these schemas.
 */
import { z } from 'zod';
import type { CatalogueMeta } from './catalogue/catalogue-meta';
import { RECORD_KINDS } from './catalogue/record';
import type { RecordSummary } from './catalogue/record-summary';
import type { BaseLayers } from './geo/base-layers';
import type { CatalogueRecord } from './catalogue/validate-catalogue';
import type { Vocabulary } from './catalogue/vocabulary';
import type { PlaceResolution, PlaceSuggestion } from './geo/place-resolver';
import { matchProfileSchema, type MatchResult } from './matching/types';

/** Every handler answers with a result: expected failures carry a message a user can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const recordId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a record id is a lower-case slug such as "sam-xl"');

/** Request schemas, one per channel; a channel's request type is inferred from its schema. */
export const requestSchemas = {
  'catalogue:meta': z.object({}).strict(),
  'catalogue:list': z
    .object({ kinds: z.array(z.enum(RECORD_KINDS)).min(1, 'choose at least one kind').optional() })
    .strict(),
  'catalogue:get': z.object({ id: recordId }).strict(),
  'geo:layers': z.object({}).strict(),
  'shell:open-external': z.object({ url: z.string().min(1, 'no web address given').max(2048) }).strict(),
  'match:run': matchProfileSchema,
  'geo:suggest-places': z
    .object({ query: z.string().max(100), limit: z.number().int().min(1).max(20).optional() })
    .strict(),
  'catalogue:vocabulary': z.object({}).strict(),
  'geo:resolve-place': z.object({ place: z.string().max(100) }).strict(),
};

export type Channel = keyof typeof requestSchemas;
export const API_CHANNELS = Object.keys(requestSchemas) as Channel[];
export type ApiRequest<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

/** Each channel's answer. */
export type ApiResponses = {
  'catalogue:meta': CatalogueMeta;
  'catalogue:list': RecordSummary[];
  'catalogue:get': CatalogueRecord;
  'geo:layers': BaseLayers;
  'shell:open-external': { opened: string };
  'match:run': MatchResult;
  'geo:suggest-places': PlaceSuggestion[];
  'catalogue:vocabulary': Vocabulary;
  'geo:resolve-place': PlaceResolution;
};

/** The API as the renderer sees it: one async function per channel. */
export type Api = { [C in Channel]: (request: ApiRequest<C>) => Promise<Result<ApiResponses[C]>> };

/** The main-process side: one handler per channel, given an already validated request. */
export type ApiHandlers = {
  [C in Channel]: (request: ApiRequest<C>) => Result<ApiResponses[C]> | Promise<Result<ApiResponses[C]>>;
};
