/** The schema of a match request; kept apart from ./types.ts so the screen need not carry the schema library. */
import { z } from 'zod';
import { RECORD_KINDS } from '../catalogue/record-basics';
import { COMPANY_SIZES } from './types';

/** An SME profile: where the company is, what it makes, what it needs. */
export const matchProfileSchema = z
  .object({
    place: z.string().max(100).optional(),
    lat: z.number().min(50.5).max(53.8).optional(),
    lon: z.number().min(3.0).max(7.5).optional(),
    sector: z.string().max(200).optional(),
    need: z.string().max(1000),
    maxKm: z.number().positive().max(1000).optional(),
    kinds: z.array(z.enum(RECORD_KINDS)).min(1, 'choose at least one kind').max(RECORD_KINDS.length).optional(),
    size: z.enum(COMPANY_SIZES).optional(),
    limit: z.number().int().min(1).max(100).optional(),
    /** Concepts the user removed from what was recognised in the need. */
    excludeConcepts: z
      .array(z.string().regex(/^(theme|sector|offer|need):[a-z0-9_]+$/))
      .max(50)
      .optional(),
    /** Ended and merged records are never options; with this they are listed, flagged, below the matches. */
    showEnded: z.boolean().optional(),
  })
  .strict()
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'give both lat and lon, or neither',
    path: ['lat'],
  });
