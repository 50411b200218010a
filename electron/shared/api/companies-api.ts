/** The user's own data: companies, their visits, and each visit's shortlist with notes. */
import { z } from 'zod';
import type { Company, CompanySummary, Visit, VisitSummary } from '../companies/company';
import type { CompanyProfile } from '../companies/company-profile';
import { MAX_STORED_SESSION, type RememberedSession } from '../companies/remembered-session';
import { companyInputSchema, noteSchema, shortlistChangeSchema, visitInputSchema } from '../companies/company-schema';

const id = z.string().uuid();
const recordId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const companiesRequests = {
  /** The profile the screen remembered, read back through the profile's schema (the screen carries no schema library). */
  'profile:restore': z.object({ stored: z.string().max(20_000).nullable() }).strict(),
  /** Which company and visit the screen remembered as open, read back through their schema. */
  'session:restore': z.object({ stored: z.string().max(MAX_STORED_SESSION).nullable() }).strict(),
  'companies:list': z.object({ query: z.string().max(100).optional() }).strict(),
  'companies:get': z.object({ id }).strict(),
  'companies:save': z.object({ company: companyInputSchema }).strict(),
  'visits:get': z.object({ id }).strict(),
  'visits:save': z.object({ visit: visitInputSchema }).strict(),
  'visits:set-note': noteSchema,
  'shortlist:add': z.object({ visitId: id, recordId }).strict(),
  'shortlist:update': shortlistChangeSchema,
  'shortlist:move': z.object({ visitId: id, recordId, to: z.number().int().min(0).max(100) }).strict(),
  'shortlist:remove': z.object({ visitId: id, recordId }).strict(),
};

export type CompaniesResponses = {
  'profile:restore': { profile: CompanyProfile; setAside: boolean };
  'session:restore': { session: RememberedSession | null; setAside: boolean };
  'companies:list': CompanySummary[];
  'companies:get': { company: Company; visits: VisitSummary[] };
  'companies:save': Company;
  'visits:get': Visit;
  'visits:save': Visit;
  'visits:set-note': { savedAt: string };
  'shortlist:add': Visit;
  'shortlist:update': { savedAt: string };
  'shortlist:move': Visit;
  'shortlist:remove': Visit;
};
