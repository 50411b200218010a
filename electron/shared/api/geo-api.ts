/** The map's channels: the base layers, the place names to label, place suggestions, resolving what was typed and locating a picked point. */
import { z } from 'zod';
import type { BaseLayers } from '../geo/base-layers';
import type { LabelPlace } from '../geo/label-placement';
import type { PlaceResolution, PlaceSuggestion } from '../geo/place-resolver';

/** A point picked on the map: whether a Dutch company can be there, and the place it is nearest to. */
export type PointLocation = {
  inNetherlands: boolean;
  nearest: { name: string; province: string; km: number } | null;
};

export const geoRequests = {
  'geo:layers': z.object({}).strict(),
  'geo:labels': z.object({}).strict(),
  'geo:suggest-places': z
    .object({ query: z.string().max(100), limit: z.number().int().min(1).max(20).optional() })
    .strict(),
  'geo:resolve-place': z.object({ place: z.string().max(100) }).strict(),
  'geo:locate-point': z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict(),
};

export type GeoResponses = {
  'geo:layers': BaseLayers;
  /** Towns and cities of at least 5,000 people, the largest first. */
  'geo:labels': LabelPlace[];
  'geo:suggest-places': PlaceSuggestion[];
  'geo:resolve-place': PlaceResolution;
  'geo:locate-point': PointLocation;
};
