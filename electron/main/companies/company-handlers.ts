/** Companies, visits and shortlists: the repositories behind the typed API; the renderer never sees SQL. */
import type { ApiHandlers } from '../../shared/api';
import { apiError } from '../../shared/api/errors';
import type { ResultsSnapshot, Visit } from '../../shared/companies/company';
import { toMatchProfile } from '../../shared/companies/company-profile';
import { restoreProfile } from '../../shared/companies/company-profile-schema';
import { restoreSession } from '../../shared/companies/remembered-session-schema';
import type { CatalogueDb } from '../catalogue/catalogue-db';
import type { Matcher } from '../matching/matcher';
import type { UserData } from '../user-db/user-data';
import { readSbi } from '../../shared/companies/sbi';
import { fillMissingSbi, getCompany, listCompanies, saveCompany } from './company-repository';
import {
  addToShortlist,
  getVisit,
  listVisits,
  moveShortlistItem,
  removeFromShortlist,
  saveVisit,
  setVisitNote,
  updateShortlistItem,
  type CatalogueNow,
} from './visit-repository';

type Handlers = Pick<
  ApiHandlers,
  | 'profile:restore'
  | 'session:restore'
  | 'companies:list'
  | 'companies:get'
  | 'companies:save'
  | 'visits:get'
  | 'visits:save'
  | 'visits:set-note'
  | 'shortlist:add'
  | 'shortlist:update'
  | 'shortlist:move'
  | 'shortlist:remove'
>;

export function companyHandlers(deps: {
  userData: UserData;
  catalogue: CatalogueDb;
  matcher: Matcher;
  now: () => Date;
}): Handlers {
  const { userData, catalogue, matcher } = deps;
  const now = () => deps.now().toISOString();
  const sbiOf = (sector: string) => readSbi(sector, matcher.concepts, matcher.vocabulary);
  // Companies saved before SBI codes were kept, or brought back from an older backup, get theirs once.
  userData.whenOpened((db) => fillMissingSbi(db, sbiOf));
  const meta = catalogue.meta();
  const catalogueNow: CatalogueNow = {
    hash: meta.sourceHash,
    statusOf: (id) => catalogue.list().find((r) => r.id === id)?.status ?? null,
  };
  const visitResult = (id: string): { ok: true; value: Visit } | ReturnType<typeof apiError> => {
    const visit = getVisit(userData.db, id, catalogueNow);
    return visit ? { ok: true, value: visit } : apiError('visit_not_found', `There is no visit ${id}.`);
  };
  /** What the matcher advises for a profile today, kept with the visit. */
  const snapshot = (visit: { profile: Parameters<typeof toMatchProfile>[0] }): ResultsSnapshot | null => {
    if (!visit.profile.need.trim()) return null;
    const r = matcher.run(toMatchProfile(visit.profile));
    return r.ok ? { catalogueHash: meta.sourceHash, importedOn: meta.importedOn, matches: r.value.matches } : null;
  };
  return {
    'profile:restore': ({ stored }) => {
      if (stored === null) return { ok: true, value: restoreProfile(null) };
      let raw: unknown;
      try {
        raw = JSON.parse(stored);
      } catch {
        return { ok: true, value: { ...restoreProfile(null), setAside: true } };
      }
      return { ok: true, value: restoreProfile(raw) };
    },
    'session:restore': ({ stored }) => ({ ok: true, value: restoreSession(stored) }),
    'companies:list': ({ query }) => ({ ok: true, value: listCompanies(userData.db, query) }),
    'companies:get': ({ id }) => {
      const company = getCompany(userData.db, id);
      if (!company) return apiError('company_not_found', `There is no company ${id}.`);
      return { ok: true, value: { company, visits: listVisits(userData.db, id) } };
    },
    'companies:save': ({ company }) => {
      if (company.id && !getCompany(userData.db, company.id))
        return apiError('company_not_found', `There is no company ${company.id}.`);
      return { ok: true, value: saveCompany(userData.db, company, now(), sbiOf) };
    },
    'visits:get': ({ id }) => visitResult(id),
    'visits:save': ({ visit }) => {
      if (!getCompany(userData.db, visit.companyId))
        return apiError('company_not_found', `There is no company ${visit.companyId}.`);
      const id = saveVisit(userData.db, visit, snapshot(visit), now());
      return visitResult(id);
    },
    'visits:set-note': (change) => {
      if (!setVisitNote(userData.db, change, now()))
        return apiError('visit_not_found', `There is no visit ${change.id}.`);
      return { ok: true, value: { savedAt: now() } };
    },
    'shortlist:add': ({ visitId, recordId }) => {
      const visit = getVisit(userData.db, visitId, catalogueNow);
      if (!visit) return apiError('visit_not_found', `There is no visit ${visitId}.`);
      const record = catalogue.get(recordId);
      if (!record) return apiError('not_found', `There is no record "${recordId}" in the catalogue.`);
      // The match as advised: from the visit's results, else from asking the matcher for this record now.
      const match =
        visit.results?.matches.find((m) => m.id === recordId) ??
        (visit.profile.need.trim()
          ? (() => {
              const r = matcher.run({ ...toMatchProfile(visit.profile), limit: 100 });
              return r.ok ? (r.value.matches.find((m) => m.id === recordId) ?? null) : null;
            })()
          : null);
      addToShortlist(userData.db, { visitId, recordId, recordName: record.name, match }, now());
      return visitResult(visitId);
    },
    'shortlist:update': (change) => {
      if (!updateShortlistItem(userData.db, change, now())) {
        return apiError('visit_not_found', `There is no shortlisted ${change.recordId} in visit ${change.visitId}.`);
      }
      return { ok: true, value: { savedAt: now() } };
    },
    'shortlist:move': ({ visitId, recordId, to }) => {
      if (!moveShortlistItem(userData.db, visitId, recordId, to, now()))
        return apiError('visit_not_found', `Not on the shortlist: ${recordId}.`);
      return visitResult(visitId);
    },
    'shortlist:remove': ({ visitId, recordId }) => {
      removeFromShortlist(userData.db, visitId, recordId);
      return visitResult(visitId);
    },
  };
}
