/**
 * The one typed contract between the renderer and the main process, composed of one file per domain.
 * Main registers a handler per channel, the preload exposes one function per channel, the renderer
 * and the end-to-end test transport call the same functions. Requests are validated against these
 * schemas; every failure is an error with a code (./errors.ts).
 */
import type { z } from 'zod';
import { catalogueRequests, type CatalogueResponses } from './catalogue-api';
import { companiesRequests, type CompaniesResponses } from './companies-api';
import type { ApiError } from './errors';
import { geoRequests, type GeoResponses } from './geo-api';
import { matchRequests, type MatchResponses } from './match-api';
import { reportsRequests, type ReportsResponses } from './reports-api';
import { shellRequests, type ShellResponses } from './shell-api';

export type { ApiError, ApiErrorCode } from './errors';

/** Every handler answers with a result: an expected failure is an error with a code, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Request schemas, one per channel; a channel's request type is inferred from its schema. */
export const requestSchemas = {
  ...catalogueRequests,
  ...geoRequests,
  ...matchRequests,
  ...shellRequests,
  ...companiesRequests,
  ...reportsRequests,
};

export type Channel = keyof typeof requestSchemas;
export const API_CHANNELS = Object.keys(requestSchemas) as Channel[];
export type ApiRequest<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

/** Each channel's answer. */
export type ApiResponses = CatalogueResponses &
  GeoResponses &
  MatchResponses &
  ShellResponses &
  CompaniesResponses &
  ReportsResponses;

/** The API as the renderer sees it: one async function per channel. */
export type Api = { [C in Channel]: (request: ApiRequest<C>) => Promise<Result<ApiResponses[C]>> };

/** The main-process side: one handler per channel, given an already validated request. */
export type ApiHandlers = {
  [C in Channel]: (request: ApiRequest<C>) => Result<ApiResponses[C]> | Promise<Result<ApiResponses[C]>>;
};
