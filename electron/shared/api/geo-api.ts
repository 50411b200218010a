/** The map's channels: the base layers, place suggestions and resolving what was typed. */
import { z } from 'zod';
import type { BaseLayers } from '../geo/base-layers';
import type { PlaceResolution, PlaceSuggestion } from '../geo/place-resolver';

export const geoRequests = {
  'geo:layers': z.object({}).strict(),
  'geo:suggest-places': z
    .object({ query: z.string().max(100), limit: z.number().int().min(1).max(20).optional() })
    .strict(),
  'geo:resolve-place': z.object({ place: z.string().max(100) }).strict(),
};

export type GeoResponses = {
  'geo:layers': BaseLayers;
  'geo:suggest-places': PlaceSuggestion[];
  'geo:resolve-place': PlaceResolution;
};
