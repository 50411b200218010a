/**
 * Our own writing about each record, kept apart from the research it rests on (data/editorial/*.json):
 * the description for an SME owner, what an SME can do there and how to start, the date of the status
 * evidence, other sites and what each is for, contact routes, and for institutions the Dutch subjects of their centres and
 * facts added with their source URL. The import merges it into data/catalogue/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PART_KINDS, START_KINDS, STATUS_VALUES } from '../../electron/shared/catalogue/record';

const text = z.string().trim().min(1);
const url = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

const editorialSchema = z
  .object({
    id: z.string(),
    description: z.object({ nl: text, en: text }),
    smeOffers: z.array(z.object({ nl: text, en: text, start: z.enum(START_KINDS).optional(), url }).strip()),
    /**
     * The dated evidence behind the status. `value` may only say more than the research did: a record
     * whose status the research left open becomes active on a dated page that shows it at work.
     */
    statusAsOf: z
      .object({
        value: z.enum(STATUS_VALUES).optional(),
        date: z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM'),
        url: url.nullable().optional(),
        quote: z.string().trim().min(1).optional(),
        basis: z.string().optional(),
      })
      .nullable(),
    campuses: z.array(z.object({ town: text, url })).optional(),
    extraSites: z.array(
      z.object({ town: text, label: z.string().nullable().optional(), url: url.nullable().optional() }),
    ),
    /**
     * What each other site is for, from its own source: a general campus, or the subjects it works on;
     * or, with the source that says so, that it has closed (YYYY or YYYY-MM): a closed site is left out
     * of the catalogue, never shown as a place to go. A site named here that the record does not have
     * stops the import.
     */
    sitePurposes: z
      .array(
        z
          .object({
            town: text,
            label: text.optional(),
            general: z.literal(true).optional(),
            subjects: z
              .array(z.object({ nl: text, en: text }).strict())
              .min(1)
              .optional(),
            closed: z
              .string()
              .regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM')
              .optional(),
            url,
            quote: text.optional(),
          })
          .strict()
          .refine(
            (p) => [p.general === true, p.subjects !== undefined, p.closed !== undefined].filter(Boolean).length === 1,
            {
              message: 'a site is either general, has subjects, or has closed',
            },
          ),
      )
      .optional(),
    contact: z.array(z.object({ kind: z.enum(['web', 'email', 'phone']), value: text, url })),
    curatorNote: z.string().optional(),
    centres: z
      .array(
        z.object({
          name: text,
          kind: z.enum(PART_KINDS),
          subject_nl: text,
          subject_en: text,
          town: z.string().nullable(),
          url,
          quote: z.string().optional(),
        }),
      )
      .optional(),
    routes: z.array(z.object({ nl: text, en: text, start: z.string().optional(), url })).optional(),
    expertise: z.array(z.object({ subject_nl: text, subject_en: text, url })).optional(),
  })
  .strip();

export type Editorial = z.infer<typeof editorialSchema>;

export const EDITORIAL_FILES = ['editorial/fieldlabs.json', 'editorial/others.json', 'editorial/institutions.json'];

/** Reads every editorial file; a malformed entry stops the import with its file, id and field. */
export function readEditorial(dataDir: string): Map<string, Editorial> {
  const out = new Map<string, Editorial>();
  for (const file of EDITORIAL_FILES) {
    const raw = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown[];
    raw.forEach((entry, i) => {
      const parsed = editorialSchema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const id = (entry as { id?: string })?.id ?? `#${i + 1}`;
        throw new Error(`${file} [${id}] ${issue.path.join('.')}: ${issue.message}`);
      }
      if (out.has(parsed.data.id)) throw new Error(`${file} [${parsed.data.id}]: written twice`);
      out.set(parsed.data.id, parsed.data);
    });
  }
  return out;
}
