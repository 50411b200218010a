/** The schemas of the vocabulary files; the types and helpers that the screen uses too are in ./vocabulary.ts. */
import { z } from 'zod';

const term = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s === s.toLowerCase(), 'synonyms are written in lower case');
const code = z.string().regex(/^[a-z0-9_]+$/, 'must be a snake_case code');

/** One entry of data/vocabulary/{themes,sectors,offers,needs}.json. */
export const vocabularyEntrySchema = z
  .object({
    code,
    nl: z.string().trim().min(1),
    en: z.string().trim().min(1),
    synonyms: z.object({ nl: z.array(term), en: z.array(term) }),
    /** Entries of the same list that are near (shown as "related", counted a little). */
    related: z.array(code).optional(),
    /** Entries of the same list that are more general ("spuitgieten" → materials). */
    broader: z.array(code).optional(),
    /** A word of little weight on its own ("automatiseren", "slimmer werken"). */
    generic: z.literal(true).optional(),
    /** A sector's SBI 2008 division (two digits). */
    sbi: z
      .string()
      .regex(/^\d{2}$/, 'an SBI division has two digits')
      .optional(),
    /** A sector's official SBI 2008 division title, as the CBS and the KvK write it. */
    sbiTitle: z
      .object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) })
      .strict()
      .optional(),
    /** A need's answers: themes and kinds of help, the strongest first. */
    leadsTo: z.array(z.string().regex(/^(theme|offer):[a-z0-9_]+$/, 'must be theme:code or offer:code')).optional(),
    /** A need for a kind of partner ("een hogeschool"): the record subtypes that are one. */
    partnerTypes: z.array(code).min(1).optional(),
  })
  .strict();

/** data/vocabulary/tag-map.json: source tags onto concept ids, per tag field. */
export const tagMapSchema = z.object({
  themes: z.record(z.string(), z.array(z.string())),
  sectors: z.record(z.string(), z.array(z.string())),
  offers: z.record(z.string(), z.array(z.string())),
});
