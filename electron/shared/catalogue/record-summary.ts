/** What the list, the map and the ranking need of a record: everything but its full text. */
import type { Confidence, CoordinatePrecision, FieldlabStatus, RecordKind, StatusValue } from './record';

/** One record as the list and the map show it. */
export type RecordSummary = {
  id: string;
  kind: RecordKind;
  subtype: string;
  name: string;
  shortName: string | null;
  city: string | null;
  region: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  precision: CoordinatePrecision;
  status: StatusValue;
  /** The date of the newest evidence for the status ("2022" or "2022-05"), when known. */
  statusAsOf: string | null;
  confidence: Confidence;
  verificationNeeded: boolean;
  fieldlabStatus: FieldlabStatus | null;
};
