/** Visits and their shortlists in the user's database; every change in a transaction. */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { StatusValue } from '../../shared/catalogue/record';
import { restoreProfile } from '../../shared/companies/company-profile-schema';
import type {
  FollowUpState,
  ResultsSnapshot,
  ShortlistItem,
  Visit,
  VisitInput,
  VisitSummary,
} from '../../shared/companies/company';
import type { Match } from '../../shared/matching/types';
import { touchCompany } from './company-repository';

type VisitRow = {
  id: string;
  company_id: string;
  date: string;
  kind: Visit['kind'];
  question: string;
  profile_json: string;
  results_json: string | null;
  catalogue_hash: string | null;
  note: string;
  follow_up_date: string | null;
  created_at: string;
  updated_at: string;
};

type ItemRow = {
  record_id: string;
  position: number;
  record_name: string;
  match_json: string | null;
  note: string;
  state: FollowUpState;
  added_at: string;
  updated_at: string;
};

/** What the catalogue says today, to mark what changed since a visit. */
export type CatalogueNow = { hash: string; statusOf: (recordId: string) => StatusValue | null };

const parse = <T>(json: string | null): T | null => {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
};

export function listVisits(db: Database.Database, companyId: string): VisitSummary[] {
  return db
    .prepare(
      `SELECT v.id, v.date, v.kind, v.question, v.follow_up_date AS followUpDate, v.updated_at AS updatedAt,
              (SELECT count(*) FROM shortlist_items s WHERE s.visit_id = v.id) AS shortlisted
       FROM visits v WHERE v.company_id = ? ORDER BY v.date DESC, v.created_at DESC`,
    )
    .all(companyId) as VisitSummary[];
}

export function getVisit(db: Database.Database, id: string, catalogue: CatalogueNow): Visit | null {
  const row = db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
  if (!row) return null;
  const items = db.prepare('SELECT * FROM shortlist_items WHERE visit_id = ? ORDER BY position').all(id) as ItemRow[];
  const shortlist: ShortlistItem[] = items.map((r) => {
    const now = catalogue.statusOf(r.record_id);
    const match = parse<Match>(r.match_json);
    const then = match?.status ?? null;
    return {
      recordId: r.record_id,
      position: r.position,
      recordName: r.record_name,
      match,
      note: r.note,
      state: r.state,
      addedAt: r.added_at,
      updatedAt: r.updated_at,
      change: now === null ? { kind: 'gone' } : then !== null && now !== then ? { kind: 'status', now } : null,
    };
  });
  return {
    id: row.id,
    companyId: row.company_id,
    date: row.date,
    kind: row.kind,
    question: row.question,
    // A saved profile is read back through the same schema as any other: an unreadable one becomes empty.
    profile: restoreProfile(parse(row.profile_json)).profile,
    results: parse<ResultsSnapshot>(row.results_json),
    note: row.note,
    followUpDate: row.follow_up_date,
    shortlist,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    catalogueChanged: row.catalogue_hash !== null && row.catalogue_hash !== catalogue.hash,
  };
}

/** Creates or updates a visit with the results as advised today. */
export function saveVisit(
  db: Database.Database,
  input: VisitInput,
  results: ResultsSnapshot | null,
  now: string,
): string {
  const id = input.id ?? randomUUID();
  const row = {
    id,
    company_id: input.companyId,
    date: input.date,
    kind: input.kind,
    question: input.question,
    profile_json: JSON.stringify(input.profile),
    results_json: results ? JSON.stringify(results) : null,
    catalogue_hash: results?.catalogueHash ?? null,
    now,
  };
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM visits WHERE id = ?').get(id)) {
      db.prepare(
        `UPDATE visits SET date = @date, kind = @kind, question = @question, profile_json = @profile_json,
         results_json = coalesce(@results_json, results_json), catalogue_hash = coalesce(@catalogue_hash, catalogue_hash),
         updated_at = @now WHERE id = @id AND company_id = @company_id`,
      ).run(row);
    } else {
      db.prepare(
        `INSERT INTO visits (id, company_id, date, kind, question, profile_json, results_json, catalogue_hash,
         created_at, updated_at) VALUES (@id, @company_id, @date, @kind, @question, @profile_json, @results_json,
         @catalogue_hash, @now, @now)`,
      ).run(row);
    }
    touchCompany(db, input.companyId, now);
  })();
  return id;
}

/** Saves a visit's general note and follow-up date, as typed. */
export function setVisitNote(
  db: Database.Database,
  change: { id: string; note?: string; followUpDate?: string | null },
  now: string,
): boolean {
  return db.transaction(() => {
    const visit = db.prepare('SELECT company_id FROM visits WHERE id = ?').get(change.id) as
      { company_id: string } | undefined;
    if (!visit) return false;
    if (change.note !== undefined)
      db.prepare('UPDATE visits SET note = ?, updated_at = ? WHERE id = ?').run(change.note, now, change.id);
    if (change.followUpDate !== undefined) {
      db.prepare('UPDATE visits SET follow_up_date = ?, updated_at = ? WHERE id = ?').run(
        change.followUpDate,
        now,
        change.id,
      );
    }
    touchCompany(db, visit.company_id, now);
    return true;
  })();
}

/** Adds a record to a visit's shortlist, at the end; adding one twice changes nothing. */
export function addToShortlist(
  db: Database.Database,
  item: { visitId: string; recordId: string; recordName: string; match: Match | null },
  now: string,
): void {
  db.transaction(() => {
    if (
      db.prepare('SELECT 1 FROM shortlist_items WHERE visit_id = ? AND record_id = ?').get(item.visitId, item.recordId)
    )
      return;
    const next =
      (db
        .prepare('SELECT coalesce(max(position), -1) + 1 FROM shortlist_items WHERE visit_id = ?')
        .pluck()
        .get(item.visitId) as number) ?? 0;
    db.prepare(
      `INSERT INTO shortlist_items (visit_id, record_id, position, record_name, match_json, added_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(item.visitId, item.recordId, next, item.recordName, item.match ? JSON.stringify(item.match) : null, now, now);
  })();
}

/** Changes a shortlisted record's note or follow-up state. */
export function updateShortlistItem(
  db: Database.Database,
  change: { visitId: string; recordId: string; note?: string; state?: FollowUpState },
  now: string,
): boolean {
  return db.transaction(() => {
    let changed = 0;
    if (change.note !== undefined) {
      changed += db
        .prepare('UPDATE shortlist_items SET note = ?, updated_at = ? WHERE visit_id = ? AND record_id = ?')
        .run(change.note, now, change.visitId, change.recordId).changes;
    }
    if (change.state !== undefined) {
      changed += db
        .prepare('UPDATE shortlist_items SET state = ?, updated_at = ? WHERE visit_id = ? AND record_id = ?')
        .run(change.state, now, change.visitId, change.recordId).changes;
    }
    return changed > 0;
  })();
}

/** Moves a shortlisted record to another position; the others close up. */
export function moveShortlistItem(
  db: Database.Database,
  visitId: string,
  recordId: string,
  to: number,
  now: string,
): boolean {
  return db.transaction(() => {
    const ids = db
      .prepare('SELECT record_id FROM shortlist_items WHERE visit_id = ? ORDER BY position')
      .pluck()
      .all(visitId) as string[];
    const from = ids.indexOf(recordId);
    if (from < 0) return false;
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(to, ids.length)), 0, recordId);
    const set = db.prepare(
      'UPDATE shortlist_items SET position = ?, updated_at = ? WHERE visit_id = ? AND record_id = ?',
    );
    ids.forEach((id, i) => set.run(i, now, visitId, id));
    return true;
  })();
}

/** Takes a record off a visit's shortlist (the user's own choice). */
export function removeFromShortlist(db: Database.Database, visitId: string, recordId: string): boolean {
  return db.transaction(() => {
    const removed = db
      .prepare('DELETE FROM shortlist_items WHERE visit_id = ? AND record_id = ?')
      .run(visitId, recordId).changes;
    const ids = db
      .prepare('SELECT record_id FROM shortlist_items WHERE visit_id = ? ORDER BY position')
      .pluck()
      .all(visitId) as string[];
    const set = db.prepare('UPDATE shortlist_items SET position = ? WHERE visit_id = ? AND record_id = ?');
    ids.forEach((id, i) => set.run(i, visitId, id));
    return removed > 0;
  })();
}

/** Every visit with its company, for the CSV of all visits. */
export function allVisitsForExport(
  db: Database.Database,
): (VisitRow & { company: string; kvk: string | null; place: string; shortlisted: number })[] {
  return db
    .prepare(
      `SELECT v.*, c.name AS company, c.kvk, c.place,
              (SELECT count(*) FROM shortlist_items s WHERE s.visit_id = v.id) AS shortlisted
       FROM visits v JOIN companies c ON c.id = v.company_id ORDER BY v.date DESC, c.name`,
    )
    .all() as (VisitRow & { company: string; kvk: string | null; place: string; shortlisted: number })[];
}
