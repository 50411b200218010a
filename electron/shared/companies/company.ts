/** A company the advisor keeps, and its visits with their shortlist: the shapes the screen and the database share. */
import type { z } from 'zod';
import type { CompanyProfile } from './company-profile';
import type { companyInputSchema, visitInputSchema } from './company-schema';
import type { Match } from '../matching/types';
import type { StatusValue } from '../catalogue/record';

/** A KvK number as kept: eight digits. */
export const KVK_PATTERN = /^\d{8}$/;

/** A KvK number as typed ("1234 5678") in the form kept ("12345678"), or null when it is not one. */
export function normaliseKvk(typed: string): string | null {
  const digits = typed.replace(/\s+/g, '');
  return KVK_PATTERN.test(digits) ? digits : null;
}

export type CompanyInput = z.infer<typeof companyInputSchema>;

export type Company = {
  id: string;
  name: string;
  kvk: string | null;
  place: string;
  sector: string;
  /** The SBI code (digits, "10" or "25621") read from the sector, where known. */
  sbi: string | null;
  size: CompanyProfile['size'];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  createdAt: string;
  updatedAt: string;
};

export type CompanySummary = Pick<Company, 'id' | 'name' | 'kvk' | 'place' | 'sector' | 'sbi' | 'updatedAt'> & {
  visits: number;
  lastVisit: string | null;
};

export const VISIT_KINDS = ['visit', 'desk'] as const;
export const FOLLOW_UP_STATES = ['to_contact', 'introduced', 'visited', 'not_relevant'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export type VisitInput = z.infer<typeof visitInputSchema>;

/** What was advised, as the matcher answered on the day: kept so a reopened visit shows it unchanged. */
export type ResultsSnapshot = {
  catalogueHash: string;
  importedOn: string;
  matches: Match[];
};

export type ShortlistItem = {
  recordId: string;
  position: number;
  /** The record's name when it was picked (shown even if the record left the catalogue). */
  recordName: string;
  match: Match | null;
  note: string;
  state: FollowUpState;
  addedAt: string;
  updatedAt: string;
  /** What changed in the catalogue since it was picked. */
  change: null | { kind: 'gone' } | { kind: 'status'; now: StatusValue };
};

export type Visit = {
  id: string;
  companyId: string;
  date: string;
  kind: (typeof VISIT_KINDS)[number];
  question: string;
  profile: CompanyProfile;
  results: ResultsSnapshot | null;
  note: string;
  followUpDate: string | null;
  shortlist: ShortlistItem[];
  createdAt: string;
  updatedAt: string;
  /** True when the catalogue changed since the results were saved. */
  catalogueChanged: boolean;
};

export type VisitSummary = Pick<Visit, 'id' | 'date' | 'kind' | 'question' | 'followUpDate' | 'updatedAt'> & {
  shortlisted: number;
};
