/** The visit report (view model, PDF, CSV) and the backups of the user's data. */
import { writeFileSync, renameSync, rmSync } from 'node:fs';
import type { ApiHandlers, Result } from '../../shared/api';
import type { Saved, SavedPdf } from '../../shared/api/reports-api';
import { apiError, echo } from '../../shared/api/errors';
import type { Lang } from '../../shared/i18n/lang';
import type { CatalogueRecord } from '../../shared/catalogue/validate-catalogue';
import { sectorOfSbi } from '../../shared/companies/sbi';
import { buildVisitReport, type VisitReport } from '../../shared/reports/visit-report';
import type { CatalogueDb } from '../catalogue/catalogue-db';
import { getCompany } from '../companies/company-repository';
import { allVisitsForExport, getVisit } from '../companies/visit-repository';
import type { Matcher } from '../matching/matcher';
import type { UserData } from '../user-db/user-data';
import { shortlistCsv, visitsCsv } from './csv';
import { pdfPageCount } from './pdf-pages';

/** Where files go: dialogs owned by the main process (or, in tests, a folder). Null when the user cancels. */
export type FileDialogs = {
  saveAs: (suggestedName: string, kind: 'pdf' | 'csv' | 'sqlite') => Promise<string | null>;
  openBackup: () => Promise<string | null>;
};

type Handlers = Pick<
  ApiHandlers,
  'reports:visit' | 'reports:save-pdf' | 'reports:save-csv' | 'backup:status' | 'backup:export' | 'backup:import'
>;

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeWhole(path: string, data: string | Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'bedrijf';

export function reportHandlers(deps: {
  userData: UserData;
  catalogue: CatalogueDb;
  matcher: Matcher;
  files: FileDialogs;
  /** Prints the report page of a visit to PDF (Electron's printToPDF, or Chromium's in the tests). */
  printReport: (visitId: string, lang: Lang) => Promise<Buffer>;
}): Handlers {
  const { userData, catalogue, matcher, files } = deps;
  const meta = catalogue.meta();
  const catalogueNow = { hash: meta.sourceHash, statusOf: (id: string) => catalogue.get(id)?.status.value ?? null };

  const report = (visitId: string, lang: Lang): VisitReport | null => {
    const visit = getVisit(userData.db, visitId, catalogueNow);
    const company = visit && getCompany(userData.db, visit.companyId);
    if (!visit || !company) return null;
    const records = new Map<string, CatalogueRecord>();
    for (const item of visit.shortlist) {
      const record = catalogue.get(item.recordId);
      if (record) records.set(item.recordId, record);
    }
    const place =
      visit.profile.point ?? (visit.profile.placeText.trim() ? matcher.places.resolve(visit.profile.placeText) : null);
    const origin = place && 'ok' in place ? (place.ok ? { lat: place.place.lat, lon: place.place.lon } : null) : place;
    const province = place && 'ok' in place && place.ok ? place.place.province : null;
    const edih = province ? catalogue.edihFor(province) : null;
    return buildVisitReport({
      visit,
      company,
      records,
      meta,
      frontDoor: edih && province ? { name: edih.name, province } : null,
      origin,
      label: matcher.label,
      sbiLabel: (sbi) => sectorOfSbi(sbi, matcher.vocabulary)?.[lang] ?? null,
      lang,
    });
  };
  const saved = async (
    name: string,
    kind: 'pdf' | 'csv' | 'sqlite',
    data: () => string | Buffer | Promise<string | Buffer>,
  ): Promise<Result<Saved>> => {
    const path = await files.saveAs(name, kind);
    if (!path) return { ok: true as const, value: { cancelled: true as const } };
    try {
      writeWhole(path, await data());
    } catch (e) {
      return apiError('save_failed', `The file could not be saved: ${echo((e as Error).message)}`);
    }
    return { ok: true as const, value: { saved: path } };
  };

  return {
    'reports:visit': ({ visitId, lang }) => {
      const r = report(visitId, lang);
      return r ? { ok: true, value: r } : apiError('visit_not_found', `There is no visit ${visitId}.`);
    },
    'reports:save-pdf': async ({ visitId, lang }) => {
      const r = report(visitId, lang);
      if (!r) return apiError('visit_not_found', `There is no visit ${visitId}.`);
      let pages = 0;
      const result = await saved(
        `${lang === 'nl' ? 'advies' : 'advice'}-${slug(r.company.name)}-${visitId.slice(0, 8)}.pdf`,
        'pdf',
        async () => {
          const pdf = await deps.printReport(visitId, lang);
          pages = pdfPageCount(pdf);
          return pdf;
        },
      );
      if (!result.ok) return result;
      const value: SavedPdf = 'saved' in result.value ? { saved: result.value.saved, pages } : { cancelled: true };
      return { ok: true, value };
    },
    'reports:save-csv': async ({ visitId, lang, separator }) => {
      if (visitId) {
        const r = report(visitId, lang);
        if (!r) return apiError('visit_not_found', `There is no visit ${visitId}.`);
        return saved(`shortlist-${slug(r.company.name)}.csv`, 'csv', () => shortlistCsv(r, separator));
      }
      const visits = allVisitsForExport(userData.db);
      if (visits.length === 0) return apiError('nothing_to_export', 'There are no saved visits to export yet.');
      const rows = visits.map((v) => ({
        date: v.date,
        company: v.company,
        kvk: v.kvk,
        place: v.place,
        kind: v.kind,
        question: v.question,
        shortlisted: v.shortlisted,
        followUp: v.follow_up_date,
        note: v.note,
      }));
      return saved(lang === 'nl' ? 'bezoeken.csv' : 'visits.csv', 'csv', () => visitsCsv(rows, lang, separator));
    },
    'backup:status': () => ({
      ok: true,
      value: {
        file: userData.file,
        backupDir: userData.backupDir,
        backups: userData.backups(),
        setAside: userData.setAside ? { reason: userData.setAside.reason, keptAs: userData.setAside.keptAs } : null,
      },
    }),
    'backup:export': async () => {
      const path = await files.saveAs(`fieldlab-finder-${new Date().toISOString().slice(0, 10)}.sqlite`, 'sqlite');
      if (!path) return { ok: true, value: { cancelled: true } };
      try {
        await userData.exportTo(path);
      } catch (e) {
        return apiError('save_failed', `The backup could not be written: ${echo((e as Error).message)}`);
      }
      return { ok: true, value: { saved: path } };
    },
    'backup:import': async () => {
      const path = await files.openBackup();
      if (!path) return { ok: true, value: { cancelled: true } };
      const result = await userData.importFrom(path);
      if (!result.ok)
        return apiError('backup_invalid', `This file is no backup of Fieldlab Finder (${result.reason}).`, {
          reason: result.reason,
        });
      return { ok: true, value: { imported: path, previousKeptAs: result.previousKeptAs } };
    },
  };
}
