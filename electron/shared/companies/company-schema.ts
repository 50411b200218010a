/** The schemas of companies, visits and shortlist changes as the API accepts them (types: ./company.ts). */
import { z } from 'zod';
import { PROFILE_SIZES } from './company-profile';
import { companyProfileSchema } from './company-profile-schema';
import { FOLLOW_UP_STATES, KVK_PATTERN, VISIT_KINDS } from './company';

const id = z.string().uuid();
const trimmed = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-25');

/** A KvK number: eight digits (spaces allowed as typed). */
export const kvkSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(KVK_PATTERN, 'a KvK number has eight digits'));

export const companyInputSchema = z
  .object({
    id: id.optional(),
    name: trimmed(120).min(1, 'a company needs a name'),
    kvk: kvkSchema.or(z.literal('')).optional(),
    place: trimmed(100).optional(),
    sector: trimmed(200).optional(),
    size: z.enum(PROFILE_SIZES).optional(),
    contactName: trimmed(120).optional(),
    contactEmail: z.string().trim().max(200).email().or(z.literal('')).optional(),
    contactPhone: trimmed(40).optional(),
  })
  .strict();
export const visitInputSchema = z
  .object({
    id: id.optional(),
    companyId: id,
    date: isoDate,
    kind: z.enum(VISIT_KINDS),
    question: trimmed(1000),
    profile: companyProfileSchema,
  })
  .strict();
export const noteSchema = z
  .object({ id, note: z.string().max(10_000).optional(), followUpDate: isoDate.nullable().optional() })
  .strict();

export const shortlistChangeSchema = z
  .object({
    visitId: id,
    recordId: z
      .string()
      .max(100)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    note: z.string().max(5_000).optional(),
    state: z.enum(FOLLOW_UP_STATES).optional(),
  })
  .strict();
