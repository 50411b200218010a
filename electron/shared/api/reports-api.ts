/** The leave-behind: the visit report as a view model, as a PDF and as CSV; backups of the user's data. */
import { z } from 'zod';
import { LANGS } from '../i18n/lang';
import type { VisitReport } from '../reports/visit-report';

const id = z.string().uuid();
const lang = z.enum(LANGS);

/** A file the user chose to save, or the choice not to. */
export type Saved = { saved: string } | { cancelled: true };
/** A saved report also says how many pages it took: an advice meant for one page may run onto a second. */
export type SavedPdf = { saved: string; pages: number } | { cancelled: true };

export const reportsRequests = {
  'reports:visit': z.object({ visitId: id, lang }).strict(),
  'reports:save-pdf': z.object({ visitId: id, lang }).strict(),
  'reports:save-csv': z.object({ visitId: id.optional(), lang, separator: z.enum([';', ',']) }).strict(),
  'backup:status': z.object({}).strict(),
  'backup:export': z.object({}).strict(),
  'backup:import': z.object({}).strict(),
};

export type BackupStatus = {
  /** Where the user's database is. */
  file: string;
  backupDir: string;
  backups: { name: string; bytes: number }[];
  /** Said once: the previous database could not be used and was kept under another name. */
  setAside: { reason: string; keptAs: string } | null;
};

export type ReportsResponses = {
  'reports:visit': VisitReport;
  'reports:save-pdf': SavedPdf;
  'reports:save-csv': Saved;
  'backup:status': BackupStatus;
  'backup:export': Saved;
  'backup:import': { imported: string; previousKeptAs: string } | { cancelled: true };
};
