/**
 * The record's kinds, statuses and other fixed lists, free of the schema library so that the screen
 * can use them without carrying it. The schema of a whole record is in ./record.ts.
 */

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

/** What a part of an institution is. */
export const PART_KINDS = ['centre_of_expertise', 'lectoraat', 'chair', 'lab', 'facility'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** How a company can start: what a source says the first step is. */
export const START_KINDS = [
  'intake',
  'visit',
  'course',
  'project',
  'student_project',
  'applied_research',
  'lab_use',
  'event',
  'membership',
  'contact',
  'contract_research',
  'network',
  'other',
] as const;
export type StartKind = (typeof START_KINDS)[number];
