/** What the header and the about panel say about the catalogue as a whole, and the schema of data/catalogue/about.json. */
import { z } from 'zod';
import type { LocalText } from '../i18n/lang';
import type { RecordKind } from './record';

const text = z.string().trim().min(1);
const localText = z.object({ nl: text, en: text }).strict();

/** data/catalogue/about.json: the dataset's description, known gaps, programme figures and the credits. */
export const aboutSchema = z
  .object({
    importedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as "2026-11-24"'),
    dataset: localText,
    knownGaps: z.object({ nl: z.array(text).min(1), en: z.array(text).min(1) }).strict(),
    programme: z.object({ figures: localText, source: localText }).passthrough(),
    credits: z
      .array(z.object({ name: text, licence: localText, use: localText, attribution: text.optional() }).strict())
      .min(1, 'the credits must name the sources and licences'),
  })
  .strict();
export type About = z.infer<typeof aboutSchema>;

/** A credit line for the about panel. */
export type Credit = About['credits'][number];

/** Catalogue metadata for the header and the about panel. */
export type CatalogueMeta = {
  total: number;
  counts: Record<RecordKind, number>;
  importedOn: string;
  sourceHash: string;
  dataset: LocalText;
  knownGaps: { nl: string[]; en: string[] };
  programme: { figures: LocalText; source: LocalText };
  credits: Credit[];
};
