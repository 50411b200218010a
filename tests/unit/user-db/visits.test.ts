/**
 * Companies, visits, shortlists and the report, through the typed API over the real catalogue and a
 * real user database, as the screen uses them; the repositories' change marks; the CSV read back.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { getVisit } from '../../../electron/main/companies/visit-repository';
import { openUserDb, USER_DB_FILE } from '../../../electron/main/user-db/user-db';
import { EMPTY_PROFILE } from '../../../electron/shared/companies/company-profile';
import type { Company, Visit } from '../../../electron/shared/companies/company';
import { reportText, sectorText } from '../../../electron/shared/reports/visit-report';
import { openApiFixture } from '../../support/api-fixture';

const api = openApiFixture();
afterAll(() => api.close());

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

const PROFILE = { ...EMPTY_PROFILE, placeText: 'Apeldoorn', need: 'verpakkingsrobot voor de inpaklijn' };

async function newCompany(name: string, place = 'Apeldoorn'): Promise<Company> {
  return ok(await api.call('companies:save', { company: { name, place, kvk: '1234 5678' } }));
}

async function newVisit(company: Company, profile = PROFILE): Promise<Visit> {
  return ok(
    await api.call('visits:save', {
      visit: { companyId: company.id, date: '2026-11-25', kind: 'visit', question: profile.need, profile },
    }),
  );
}

/** A user database file at schema version 2 (before SBI codes were kept) holding one company. */
function companyAtVersion2(file: string, id: string, name: string, sector: string): void {
  const v2 = openUserDb(file, { upTo: 2 });
  v2.db
    .prepare(
      `INSERT INTO companies (id, name, sector, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')`,
    )
    .run(id, name, sector);
  v2.close();
}

describe('companies', () => {
  it('keeps a company with its KvK number as eight digits, and refuses a wrong one', async () => {
    const c = await newCompany('Bakkerij Jansen');
    expect(c).toMatchObject({ name: 'Bakkerij Jansen', kvk: '12345678', place: 'Apeldoorn' });
    const wrong = await api.call('companies:save', { company: { name: 'X', kvk: '1234567' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request', params: { field: 'company.kvk' } } });
    const nameless = await api.call('companies:save', { company: { name: '   ' } });
    expect(nameless).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('offers no CSV of all visits while there is none: a reason to act on, and no file made', async () => {
    const r = await api.call('reports:save-csv', { lang: 'nl', separator: ';' });
    expect(r).toMatchObject({ ok: false, error: { code: 'nothing_to_export' } });
    expect(api.user.saved).toEqual([]);
  });

  it('keeps the SBI code of a sector typed as a code or in words, and none for words it does not know', async () => {
    const save = async (sector: string) => ok(await api.call('companies:save', { company: { name: 'S', sector } }));
    expect((await save('SBI 25.62.1')).sbi).toBe('25621');
    expect((await save('1071 - Vervaardiging van brood')).sbi).toBe('1071');
    expect((await save('bakkerij')).sbi).toBe('10');
    expect((await save('we maken kunststof verpakkingen')).sbi).toBe('22');
    expect((await save('metaal, 50 man')).sbi).toBe('25');
    expect((await save('iets heel anders')).sbi).toBeNull();
    expect((await save('')).sbi).toBeNull();
    // Changing the sector reads the code again.
    const c = await save('bakkerij');
    const changed = ok(await api.call('companies:save', { company: { id: c.id, name: 'S', sector: 'drukkerij' } }));
    expect(changed.sbi).toBe('18');
    const listed = ok(await api.call('companies:list', {})).find((x) => x.id === c.id);
    expect(listed?.sbi).toBe('18');
  });

  it('reads the SBI code of a company saved before codes were kept, once, as the database opens', async () => {
    // A database file as the version before SBI codes left it, with a company in it.
    const OLD = '5d0c3f8e-2b7a-4c1e-9f6d-0a1b2c3d4e5f';
    const dir = mkdtempSync(join(tmpdir(), 'fieldlab-sbi-'));
    companyAtVersion2(join(dir, USER_DB_FILE), OLD, 'Oude Bakkerij', 'bakkerij');
    const older = openApiFixture({ userDir: dir });
    try {
      const sbiOf = (id: string) =>
        older.user.userData.db.prepare('SELECT sbi FROM companies WHERE id = ?').pluck().get(id);
      // Filled in the file itself, before any list or company is asked for.
      expect(sbiOf(OLD)).toBe('10');
      expect(ok(await older.call('companies:get', { id: OLD })).company.sbi).toBe('10');
      // Once per opening, not at every list: a code gone missing now stays so until the next start.
      older.user.userData.db.prepare('UPDATE companies SET sbi = NULL WHERE id = ?').run(OLD);
      ok(await older.call('companies:list', {}));
      expect(sbiOf(OLD)).toBeNull();
    } finally {
      older.close();
    }
  });

  it('reads the SBI code of companies in an older backup when it is imported', async () => {
    const backup = join(api.user.dir, 'older-backup.sqlite');
    companyAtVersion2(backup, 'printer', 'Drukkerij De Vries', 'drukkerij');
    const before = await api.call('backup:export', {});
    api.user.nextOpen.path = backup;
    ok(await api.call('backup:import', {}));
    expect(api.user.userData.db.prepare("SELECT sbi FROM companies WHERE id = 'printer'").pluck().get()).toBe('18');
    // Back to the data the other tests made.
    api.user.nextOpen.path = (ok(before) as { saved: string }).saved;
    ok(await api.call('backup:import', {}));
  });

  it('lists companies most recent first, and finds them by name or place with typos', async () => {
    await newCompany('Metaalbewerking De Vries', 'Enschede');
    await newCompany('Kunststoffen Noord', 'Groningen');
    const all = ok(await api.call('companies:list', {}));
    expect(all[0].name).toBe('Kunststoffen Noord');
    const found = ok(await api.call('companies:list', { query: 'metaalbewerkng enschde' }));
    expect(found[0].name).toBe('Metaalbewerking De Vries');
    expect(ok(await api.call('companies:list', { query: 'groningen' })).map((c) => c.name)).toEqual([
      'Kunststoffen Noord',
    ]);
    expect(ok(await api.call('companies:list', { query: 'zzqqxx' }))).toEqual([]);
  });
});

describe('a visit and its shortlist', () => {
  it('keeps the question, the profile and a snapshot of what was advised, with the catalogue version', async () => {
    const company = await newCompany('Bakkerij Van Dijk');
    const visit = await newVisit(company);
    expect(visit).toMatchObject({ question: 'verpakkingsrobot voor de inpaklijn', profile: PROFILE, shortlist: [] });
    expect(visit.results?.catalogueHash).toBe(api.catalogue.meta().sourceHash);
    expect(visit.results?.matches[0].name).toContain('Fieldlab Industrial Robotics');
    expect(visit.catalogueChanged).toBe(false);
    const { visits } = ok(await api.call('companies:get', { id: company.id }));
    expect(visits.map((v) => v.id)).toEqual([visit.id]);
  });

  it('adds picks once, in order, with why they were advised; moves, notes, states and removal', async () => {
    const visit = await newVisit(await newCompany('Verpakkingen Oost'));
    const [a, b, c] = visit.results!.matches.map((m) => m.id);
    for (const id of [a, b, c, a]) ok(await api.call('shortlist:add', { visitId: visit.id, recordId: id }));
    let now = ok(await api.call('visits:get', { id: visit.id }));
    expect(now.shortlist.map((i) => i.recordId)).toEqual([a, b, c]);
    expect(now.shortlist[0].match?.reasons.length).toBeGreaterThan(0);

    // Added by name from the catalogue, not from the results: the matcher says why, if it fits at all.
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: 'ramlab' }));
    expect(await api.call('shortlist:add', { visitId: visit.id, recordId: 'no-such-lab' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    now = ok(await api.call('shortlist:move', { visitId: visit.id, recordId: c, to: 0 }));
    expect(now.shortlist.map((i) => i.recordId)).toEqual([c, a, b, 'ramlab']);
    ok(
      await api.call('shortlist:update', {
        visitId: visit.id,
        recordId: a,
        note: 'Demo aanvragen',
        state: 'introduced',
      }),
    );
    ok(await api.call('visits:set-note', { id: visit.id, note: 'Eerst de robot.', followUpDate: '2026-12-15' }));
    now = ok(await api.call('shortlist:remove', { visitId: visit.id, recordId: b }));
    expect(now.shortlist.map((i) => [i.recordId, i.position])).toEqual([
      [c, 0],
      [a, 1],
      ['ramlab', 2],
    ]);
    expect(now.shortlist[1]).toMatchObject({ note: 'Demo aanvragen', state: 'introduced' });
    expect(now).toMatchObject({ note: 'Eerst de robot.', followUpDate: '2026-12-15' });
  });

  it('marks what changed in the catalogue since: a record gone, a status now ended', async () => {
    const visit = await newVisit(await newCompany('Gieterij Zuid'));
    const [a, b] = visit.results!.matches.map((m) => m.id);
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: a }));
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: b }));
    const later = getVisit(api.user.userData.db, visit.id, {
      hash: 'a-newer-catalogue',
      statusOf: (id) => (id === a ? null : 'ended'),
    })!;
    expect(later.catalogueChanged).toBe(true);
    expect(later.shortlist.map((i) => i.change)).toEqual([{ kind: 'gone' }, { kind: 'status', now: 'ended' }]);
    // What was advised stays readable even for the record that left the catalogue.
    expect(later.shortlist[0].recordName).toBe(visit.results!.matches[0].name);
  });

  it('answers unknown companies and visits with a code', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await api.call('visits:get', { id: missing })).toMatchObject({ error: { code: 'visit_not_found' } });
    expect(await api.call('companies:get', { id: missing })).toMatchObject({ error: { code: 'company_not_found' } });
    expect(
      await api.call('visits:save', {
        visit: { companyId: missing, date: '2026-11-25', kind: 'desk', question: '', profile: EMPTY_PROFILE },
      }),
    ).toMatchObject({ error: { code: 'company_not_found' } });
    expect(await api.call('visits:set-note', { id: missing, note: 'x' })).toMatchObject({
      error: { code: 'visit_not_found' },
    });
  });
});

describe('the leave-behind', () => {
  it('holds the company, the question, each pick with why and how, the front door and the notes', async () => {
    const company = ok(
      await api.call('companies:save', {
        company: { name: 'Bakkerij Report', place: 'Apeldoorn', sector: 'bakkerij' },
      }),
    );
    const visit = await newVisit(company);
    const [a, b] = visit.results!.matches.map((m) => m.id);
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: a }));
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: b }));
    ok(await api.call('shortlist:update', { visitId: visit.id, recordId: b, note: 'Bellen met "Jan"; daarna mailen' }));
    ok(await api.call('visits:set-note', { id: visit.id, note: 'Demo in januari.' }));
    const nl = ok(await api.call('reports:visit', { visitId: visit.id, lang: 'nl' }));
    expect(nl.company.name).toBe('Bakkerij Report');
    expect(nl.question).toBe('verpakkingsrobot voor de inpaklijn');
    expect(nl.items.map((i) => i.recordId)).toEqual([a, b]);
    const en = ok(await api.call('reports:visit', { visitId: visit.id, lang: 'en' }));
    // Why it fits in plain sentences, the distance last; no codes, arrows or the screen's quotes.
    expect(nl.items[0].why[0]).toBe('Werkt aan robotica, waar u naar vroeg');
    expect(nl.items[0].why.at(-1)).toMatch(/^Ligt op \d+ km van het bedrijf, in \S+/);
    expect(en.items[0].why[0]).toBe('Works on robotics, which you asked about');
    for (const item of [...nl.items, ...en.items]) {
      for (const why of item.why) expect(why).not.toMatch(/→|"|\b(theme|offer|need|sector):\w/);
    }
    expect(nl.items[0].distance).toMatch(/km$/);
    // A record without ways to start lists the kinds of help it offers instead.
    for (const item of nl.items) {
      const record = api.catalogue.get(item.recordId)!;
      expect(item.canDoIsHelp).toBe(record.offers.length === 0);
      expect(item.canDo.length).toBeGreaterThan(0);
    }
    expect(
      nl.items.some((i) => i.canDoIsHelp),
      'a pick that names no way to start',
    ).toBe(true);
    // The company's SBI code with its name.
    expect(nl.company.sbi).toEqual({ code: '10', label: 'Voedingsmiddelenindustrie' });
    expect(en.company.sbi).toEqual({ code: '10', label: 'Food products' });
    expect(nl.frontDoor?.province).toBe('Gelderland');
    expect(nl.date).toBe('25 november 2026');
    expect(en.date).toBe('25 November 2026');
    const text = reportText(nl);
    expect(text).toContain('Advies: Bakkerij Report, Apeldoorn');
    expect(text).toContain('bakkerij · SBI 10 Voedingsmiddelenindustrie');
    // A code typed in full is written as the KvK writes it, with the name of its division.
    expect(
      sectorText({ ...nl.company, sector: '25621', sbi: { code: '25621', label: 'Metaalproductenindustrie' } }),
    ).toBe('SBI 25.62.1 Metaalproductenindustrie');
    expect(text).toContain('Waarom het past: Werkt aan robotica, waar u naar vroeg.');
    expect(text).toContain('Notitie: Bellen met "Jan"; daarna mailen');
    expect(text).toContain('Afspraken: Demo in januari.');
  });

  it('saves the shortlist as CSV that reads back: BOM, semicolons or commas, quotes and formulas safe', async () => {
    const visit = await newVisit(await newCompany('Café Ölkers'));
    const [a, b] = visit.results!.matches.map((m) => m.id);
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: a }));
    ok(await api.call('shortlist:add', { visitId: visit.id, recordId: b }));
    ok(await api.call('shortlist:update', { visitId: visit.id, recordId: a, note: '=HYPERLINK("x"); "quoted", ü' }));
    for (const separator of [';', ','] as const) {
      const saved = ok(await api.call('reports:save-csv', { visitId: visit.id, lang: 'nl', separator }));
      const csv = readFileSync((saved as { saved: string }).saved, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain('\r\n');
      const rows = parse(csv.slice(1), { delimiter: separator, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.Id)).toEqual([a, b]);
      expect(rows[0].Notitie).toBe(`'=HYPERLINK("x"); "quoted", ü`);
      expect(rows[0].Vervolg).toBe('te benaderen');
    }
    const all = ok(await api.call('reports:save-csv', { lang: 'en', separator: ',' }));
    const rows = parse(readFileSync((all as { saved: string }).saved, 'utf8').slice(1), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.Company)).toContain('Café Ölkers');
  });

  it('saves a backup through the dialog and restores it; a wrong file is refused with a reason', async () => {
    const exported = ok(await api.call('backup:export', {}));
    const file = (exported as { saved: string }).saved;
    const before = ok(await api.call('companies:list', {})).length;
    await newCompany('Made after the backup');
    api.user.nextOpen.path = file;
    const restored = ok(await api.call('backup:import', {}));
    expect(restored).toMatchObject({ imported: file, previousKeptAs: expect.stringContaining('before-import-') });
    expect(ok(await api.call('companies:list', {}))).toHaveLength(before);
    api.user.nextOpen.path = import.meta.filename;
    expect(await api.call('backup:import', {})).toMatchObject({
      ok: false,
      error: { code: 'backup_invalid', params: { reason: 'unreadable' } },
    });
    api.user.nextOpen.path = null;
    expect(ok(await api.call('backup:import', {}))).toEqual({ cancelled: true });
    const status = ok(await api.call('backup:status', {}));
    expect(status.backups.map((b) => b.name)).toContainEqual(expect.stringMatching(/^before-import-/));
    expect(status.setAside).toBeNull();
  });
});
