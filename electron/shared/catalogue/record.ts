/**
 * The catalogue record as the app stores it in data/catalogue/*.json: one schema for
 * fieldlabs, test sites, German and cross-border centres, knowledge institutions and hubs.
 */
import { z } from 'zod';

/** The kinds of record a user can filter on. */
export const RECORD_KINDS = ['fieldlab', 'testsite', 'crossborder', 'institution', 'hub'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** How precise a record's point is, from an exact site to no usable point at all. */
export const COORDINATE_PRECISIONS = [
  'site',
  'site_approx',
  'campus',
  'district',
  'municipality',
  'city',
  'region',
  'no_site',
  'none',
] as const;
export type CoordinatePrecision = (typeof COORDINATE_PRECISIONS)[number];

/** True when a location has a point that stands for a place one can visit (not a standard, not unknown). */
export function hasVisitablePoint(l: {
  lat: number | null;
  lon: number | null;
  precision: CoordinatePrecision;
}): boolean {
  return l.lat !== null && l.lon !== null && l.precision !== 'no_site';
}

export const STATUS_VALUES = ['active', 'ended', 'merged', 'unknown'] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/** Ended and merged initiatives are never offered as an option. */
export function isClosed(status: StatusValue): boolean {
  return status === 'ended' || status === 'merged';
}

export const CONFIDENCE_VALUES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_VALUES)[number];

export const FIELDLAB_STATUSES = ['confirmed', 'not_confirmed', 'unverified'] as const;
export type FieldlabStatus = (typeof FIELDLAB_STATUSES)[number];

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

const locationSchema = z
  .object({
    street: nullableText,
    city: nullableText,
    region: nullableText,
    country: z.enum(['NL', 'DE', 'BE', 'NL/DE']),
    lat: z.number().min(47).max(56).nullable(),
    lon: z.number().min(2).max(16).nullable(),
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

const linkSchema = z.object({
  id: slug.nullable(),
  label: text,
  relation: z.enum(['regional_hub', 'linked', 'member', 'predecessor']),
  basis: nullableText,
});

/** Schema of one record in data/catalogue/*.json. */
export const sourceRecordSchema = z
  .object({
    id: slug,
    kind: z.enum(RECORD_KINDS),
    subtype: text,
    name: text,
    shortName: nullableText,
    description: z.object({ nl: nullableText, en: nullableText, de: nullableText }),
    fieldlabStatus: z.enum(FIELDLAB_STATUSES).nullable(),
    location: locationSchema,
    coverage: z.array(text),
    tags: z.object({ themes: z.array(tag), sectors: z.array(tag), offers: z.array(tag) }),
    expertise: z.array(text),
    organisations: z.object({ hosts: z.array(text), partners: z.array(text), coordinator: nullableText }),
    links: z.array(linkSchema),
    website: z.object({ url: httpUrl, verified: z.boolean() }).nullable(),
    started: z.object({ year: z.number().int().min(1900).max(2100).nullable(), note: nullableText }),
    status: z.object({ value: z.enum(STATUS_VALUES), note: nullableText }),
    evidence: z.object({
      sources: z.array(text).min(1, 'every record needs at least one source'),
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
    if (!r.description.nl && !r.description.en && r.expertise.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'needs a Dutch or an English description, or expertise',
      });
    }
    const isFieldlab = r.kind === 'fieldlab' || r.kind === 'testsite';
    if (isFieldlab && r.fieldlabStatus === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['fieldlabStatus'],
        message: 'fieldlabs and test sites must say whether a source confirms them',
      });
    }
  });

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type RecordStatus = SourceRecord['status'];
