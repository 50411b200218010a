/**
 * The catalogue record as the app stores it in data/catalogue/*.json: one schema for
 * fieldlabs, test sites, German and cross-border centres, knowledge institutions and hubs.
 */
import { z } from 'zod';
import {
  CONFIDENCE_VALUES,
  COORDINATE_PRECISIONS,
  FIELDLAB_STATUSES,
  isClosed,
  PART_KINDS,
  RECORD_KINDS,
  START_KINDS,
  STATUS_VALUES,
} from './record-basics';

export * from './record-basics';

const text = z.string().trim().min(1);
const nullableText = text.nullable();
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "sam-xl"');
const tag = z
  .string()
  .regex(/^[a-z0-9_]+$/, 'must be a snake_case tag')
  .or(z.string().regex(/^[a-z0-9_]+ \(.+\)$/, 'must be a snake_case tag'));

const httpUrl = z.string().refine((u) => {
  try {
    const { protocol } = new URL(u);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

const COUNTRIES = ['NL', 'DE', 'BE', 'NL/DE'] as const;
const latitude = z.number().min(47).max(56);
const longitude = z.number().min(2).max(16);

const locationSchema = z
  .object({
    street: nullableText,
    city: nullableText,
    region: nullableText,
    country: z.enum(COUNTRIES),
    lat: latitude.nullable(),
    lon: longitude.nullable(),
    precision: z.enum(COORDINATE_PRECISIONS),
    precisionNote: nullableText,
  })
  .superRefine((loc, ctx) => {
    if ((loc.lat === null) !== (loc.lon === null)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat and lon must both be given or both be null' });
    }
    if (loc.lat === null && loc.precision !== 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'a record without coordinates must have precision "none"',
      });
    }
    if (loc.lat !== null && loc.precision === 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'a record with coordinates must say how precise they are',
      });
    }
  });

const localText = z.object({ nl: text, en: text }).strict();

/**
 * What a site is for, as its own source says: a general campus (teaching and research across the board)
 * or a few subjects ("schelpdieren"), each read onto the vocabulary like a centre's subjects.
 */
const sitePurposeSchema = z
  .object({ general: z.boolean(), subjects: z.array(localText), url: httpUrl, quote: nullableText })
  .strict()
  .refine((p) => p.general === (p.subjects.length === 0), {
    message: 'a general site lists no subjects, a specialised one at least one',
    path: ['subjects'],
  });

/**
 * Another physical location of the same initiative. A general site, or one whose purpose no source
 * states, is where the record is for any question; a specialised site only for its own subjects.
 */
const siteSchema = z
  .object({
    label: nullableText,
    city: z.string().trim().min(1, 'a site must name its town'),
    region: nullableText,
    country: z.enum(COUNTRIES),
    lat: latitude.nullable(),
    lon: longitude.nullable(),
    precision: z.enum(COORDINATE_PRECISIONS),
    source: httpUrl.nullable(),
    purpose: sitePurposeSchema.nullable(),
  })
  .strict()
  .refine((s) => (s.lat === null) === (s.lon === null) && (s.lat === null) === (s.precision === 'none'), {
    message: 'a site has both coordinates and a precision, or neither (precision "none")',
    path: ['lat'],
  });

/** A centre of expertise, research group (lectoraat, chair) or lab of an institution, with its own town and subjects. */
const partSchema = z
  .object({
    id: slug,
    name: text,
    kind: z.enum(PART_KINDS),
    subjects: z.array(localText).min(1, 'a centre needs at least one subject'),
    town: nullableText,
    lat: latitude.nullable(),
    lon: longitude.nullable(),
    url: httpUrl,
    quote: nullableText,
  })
  .strict()
  .refine((p) => (p.lat === null) === (p.lon === null) && (p.lat === null || p.town !== null), {
    message: 'a centre has a point only when it names its town, and then both coordinates',
    path: ['lat'],
  });

/** One concrete thing an SME can do there, with the source that says so. */
const offerSchema = z.object({ nl: text, en: text, start: z.enum(START_KINDS).nullable(), url: httpUrl }).strict();

/** A way to get in touch that a source gives: a web page, a general e-mail address or a phone number. */
const contactSchema = z
  .object({ kind: z.enum(['web', 'email', 'phone']), value: text, url: httpUrl })
  .strict()
  .superRefine((c, ctx) => {
    const valid =
      c.kind === 'email'
        ? /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(c.value)
        : c.kind === 'phone'
          ? /^\+?[\d\s()-]{8,20}$/.test(c.value)
          : httpUrl.safeParse(c.value).success;
    if (!valid) ctx.addIssue({ code: 'custom', path: ['value'], message: `not a valid ${c.kind} contact` });
  });

/** A subject of expertise; some older ones exist in English only. */
const subjectSchema = z.object({ nl: nullableText, en: text, url: httpUrl.nullable() }).strict();

const linkSchema = z.object({
  id: slug.nullable(),
  label: text,
  relation: z.enum(['regional_hub', 'linked', 'member', 'predecessor']),
  basis: nullableText,
});

/** "2022" or "2022-05": the date of the newest evidence a status rests on. */
const yearMonth = z
  .string()
  .regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, 'must be a year ("2022") or a month ("2022-05")');

/** Schema of one record in data/catalogue/*.json. */
export const sourceRecordSchema = z
  .object({
    id: slug,
    kind: z.enum(RECORD_KINDS),
    subtype: text,
    name: text,
    shortName: nullableText,
    /** Other names people know it by. */
    aliases: z.array(text),
    /** Written for an SME owner from the record's sourced facts: what it is, what you can do there, for whom. */
    description: localText,
    /** The researchers' own descriptions, kept for search and for curators. */
    background: z.object({ nl: nullableText, en: nullableText, de: nullableText }).strict(),
    fieldlabStatus: z.enum(FIELDLAB_STATUSES).nullable(),
    location: locationSchema,
    otherSites: z.array(siteSchema),
    coverage: z.array(text),
    tags: z.object({ themes: z.array(tag), sectors: z.array(tag), offers: z.array(tag) }),
    subjects: z.array(subjectSchema),
    parts: z.array(partSchema),
    offers: z.array(offerSchema),
    contact: z.array(contactSchema),
    organisations: z.object({ hosts: z.array(text), partners: z.array(text), coordinator: nullableText }),
    links: z.array(linkSchema),
    website: z.object({ url: httpUrl, verified: z.boolean() }).nullable(),
    started: z.object({ year: z.number().int().min(1900).max(2100).nullable(), note: nullableText }),
    status: z
      .object({
        value: z.enum(STATUS_VALUES),
        note: nullableText,
        asOf: yearMonth.nullable(),
        source: httpUrl.nullable(),
      })
      .strict(),
    evidence: z.object({
      sources: z.array(text).min(1, 'every record needs at least one source'),
      quotes: z.array(z.object({ url: httpUrl, quote: text }).strict()),
      confidence: z.enum(CONFIDENCE_VALUES),
      confidenceBasis: nullableText,
      verificationNeeded: z.boolean(),
      verificationNote: nullableText,
      notes: nullableText,
    }),
    notes: z.record(z.string(), nullableText),
  })
  .strict()
  .superRefine((r, ctx) => {
    const isFieldlab = r.kind === 'fieldlab' || r.kind === 'testsite';
    if (isFieldlab && r.fieldlabStatus === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['fieldlabStatus'],
        message: 'fieldlabs and test sites must say whether a source confirms them',
      });
    }
    const sites = new Set([`${r.location.city ?? ''}|`]);
    r.otherSites.forEach((site, i) => {
      const key = `${site.city}|${site.label ?? ''}`;
      if (sites.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['otherSites', i],
          message: `duplicate site "${site.label ?? site.city}"`,
        });
      }
      sites.add(key);
    });
    const partIds = new Set<string>();
    r.parts.forEach((part, i) => {
      if (partIds.has(part.id))
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'id'], message: `duplicate centre id "${part.id}"` });
      partIds.add(part.id);
    });
    if (isClosed(r.status.value) && r.offers.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['offers'],
        message: 'an ended or merged initiative offers nothing any more',
      });
    }
  });

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type RecordStatus = SourceRecord['status'];
export type RecordSite = SourceRecord['otherSites'][number];
export type SitePurpose = NonNullable<RecordSite['purpose']>;
export type RecordPart = SourceRecord['parts'][number];
export type RecordOffer = SourceRecord['offers'][number];
