/** Companies in the user's database: rows to and from the shared Company shape, in one place. */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import Fuse from 'fuse.js';
import type { Company, CompanyInput, CompanySummary } from '../../shared/companies/company';

type CompanyRow = {
  id: string;
  name: string;
  kvk: string | null;
  place: string;
  sector: string;
  size: Company['size'];
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  /** The SBI code where known; '' when read and none is known, NULL when not read yet. */
  sbi: string | null;
  created_at: string;
  updated_at: string;
};

const toCompany = (r: CompanyRow): Company => ({
  id: r.id,
  name: r.name,
  kvk: r.kvk,
  place: r.place,
  sector: r.sector,
  sbi: r.sbi || null,
  size: r.size,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  contactPhone: r.contact_phone,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Saved companies, most recently active first; with a query, those whose name or place is like it. */
export function listCompanies(db: Database.Database, query = ''): CompanySummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.kvk, c.place, c.sector, nullif(c.sbi, '') AS sbi, c.updated_at AS updatedAt,
              count(v.id) AS visits, max(v.date) AS lastVisit
       FROM companies c LEFT JOIN visits v ON v.company_id = c.id
       GROUP BY c.id ORDER BY c.updated_at DESC, c.name`,
    )
    .all() as CompanySummary[];
  const q = query.trim();
  if (!q) return rows;
  // Fuzzy on name and place: "bakkerij jansn apeldorn" still finds Bakkerij Jansen in Apeldoorn.
  const fuse = new Fuse(rows, { keys: ['name', 'place', 'kvk'], threshold: 0.35, ignoreLocation: true });
  return fuse.search(q).map((r) => r.item);
}

export function getCompany(db: Database.Database, id: string): Company | null {
  const row = db.prepare('SELECT * FROM companies WHERE id = ?').get(id) as CompanyRow | undefined;
  return row ? toCompany(row) : null;
}

/** Reads a sector field's SBI code (see shared/companies/sbi.ts); null when none is known. */
export type SbiReader = (sector: string) => string | null;

/** Creates or updates a company with the SBI code read from its sector; returns it as saved. */
export function saveCompany(db: Database.Database, input: CompanyInput, now: string, readSbi: SbiReader): Company {
  const id = input.id ?? randomUUID();
  const row = {
    id,
    name: input.name,
    kvk: input.kvk ? input.kvk : null,
    place: input.place ?? '',
    sector: input.sector ?? '',
    sbi: readSbi(input.sector ?? '') ?? '',
    size: input.size ?? 'any',
    contact_name: input.contactName ?? '',
    contact_email: input.contactEmail ?? '',
    contact_phone: input.contactPhone ?? '',
    now,
  };
  db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM companies WHERE id = ?').get(id);
    if (exists) {
      db.prepare(
        `UPDATE companies SET name = @name, kvk = @kvk, place = @place, sector = @sector, sbi = @sbi, size = @size,
         contact_name = @contact_name, contact_email = @contact_email, contact_phone = @contact_phone, updated_at = @now
         WHERE id = @id`,
      ).run(row);
    } else {
      db.prepare(
        `INSERT INTO companies (id, name, kvk, place, sector, sbi, size, contact_name, contact_email, contact_phone,
         created_at, updated_at)
         VALUES (@id, @name, @kvk, @place, @sector, @sbi, @size, @contact_name, @contact_email, @contact_phone,
         @now, @now)`,
      ).run(row);
    }
  })();
  return getCompany(db, id)!;
}

/** Marks a company as just worked on, so it comes first in the list. */
export function touchCompany(db: Database.Database, id: string, now: string): void {
  db.prepare('UPDATE companies SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Reads the SBI code of companies saved before codes were kept (migration 3); returns how many got one. */
export function fillMissingSbi(db: Database.Database, readSbi: SbiReader): number {
  const rows = db.prepare('SELECT id, sector FROM companies WHERE sbi IS NULL').all() as {
    id: string;
    sector: string;
  }[];
  const set = db.prepare('UPDATE companies SET sbi = ? WHERE id = ?');
  let found = 0;
  db.transaction(() => {
    for (const r of rows) {
      const code = readSbi(r.sector);
      if (code) found++;
      set.run(code ?? '', r.id);
    }
  })();
  return found;
}
