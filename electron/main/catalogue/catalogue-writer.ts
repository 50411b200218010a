/**
 * Writes catalogue contents into one SQLite file, atomically: the file is built beside the target
 * under a temporary name, flushed to disk and renamed over it, so a reader sees the old file or the
 * new one, never a half-written one. Temporary files of a build that was killed are removed on the next.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CatalogueContents } from '../../shared/catalogue/assemble-catalogue';
import { parseConceptId, VOCABULARY_LISTS, type Vocabulary } from '../../shared/catalogue/vocabulary';
import type { CatalogueRecord } from '../../shared/catalogue/validate-catalogue';
import { searchTerms } from '../../shared/text/search-terms';
import { Lexicon } from '../../shared/text/word-forms';
import { CATALOGUE_DDL, CATALOGUE_SCHEMA_VERSION, toPlaceRow, toRecordRow } from './catalogue-schema';

/** Builds the catalogue into `outFile` via a temporary file beside it; on any failure the old file stays as it was. */
export function writeCatalogue(contents: CatalogueContents, outFile: string): void {
  mkdirSync(dirname(outFile), { recursive: true });
  removeStaleTemporaries(outFile);
  const tmp = `${outFile}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    const db = new Database(tmp);
    // No journal while building: a failed build discards the whole temporary file anyway.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(CATALOGUE_DDL);
    fill(db, contents);
    db.exec('VACUUM');
    db.close();
    flush(tmp);
    renameSync(tmp, outFile);
    flush(dirname(outFile));
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}

/** Removes `<file>.tmp-<pid>` files (and their journals) left by builds whose process no longer runs. */
export function removeStaleTemporaries(outFile: string): string[] {
  const dir = dirname(outFile);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(outFile)}.tmp-`;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** fsync a file or a folder, so the rename that follows cannot overtake the data on a crash. */
function flush(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (e) {
    // Some platforms cannot open or fsync a folder; the file itself was flushed before.
    if (!(e as NodeJS.ErrnoException).code?.match(/^(EISDIR|EPERM|EINVAL|EBADF)$/)) throw e;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function labelsOf(concepts: string[], vocabulary: Vocabulary, lang: 'nl' | 'en'): string[] {
  return concepts.map((id) => {
    const c = parseConceptId(id)!;
    return vocabulary[c.list].find((e) => e.code === c.code)![lang];
  });
}

/**
 * The three full-text columns of a record: its names as written, and its Dutch and its English text as
 * search terms (stems and compound parts), so that inflected and compound words find it.
 */
function searchText(r: CatalogueRecord, vocabulary: Vocabulary, lexicon: Lexicon): [string, string, string] {
  const join = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');
  const names = join([
    r.name,
    r.shortName,
    ...r.aliases,
    r.location.city,
    ...r.otherSites.flatMap((s) => [s.city, s.label]),
    ...r.organisations.hosts,
    ...r.organisations.partners,
    r.organisations.coordinator,
    ...r.parts.map((p) => p.name),
  ]);
  const text = (lang: 'nl' | 'en') =>
    join([
      r.description[lang],
      r.background[lang],
      lang === 'en' ? r.background.de : null,
      ...r.subjects.map((s) => s[lang]),
      ...r.parts.flatMap((p) => [p.name, ...p.subjects.map((s) => s[lang])]),
      ...r.otherSites.flatMap((site) => (site.purpose?.subjects ?? []).map((s) => s[lang])),
      ...r.offers.map((o) => o[lang]),
      ...labelsOf(r.concepts, vocabulary, lang),
    ]);
  return [names, searchTerms(text('nl'), 'nl', lexicon).join(' '), searchTerms(text('en'), 'en', lexicon).join(' ')];
}

function fill(db: Database.Database, c: CatalogueContents): void {
  const insert = {
    record: db.prepare(
      `INSERT INTO records VALUES (@rid, @id, @kind, @subtype, @name, @short_name, @city, @region, @country, @lat, @lon,
       @precision, @status, @status_as_of, @confidence, @verification_needed, @fieldlab_status, @concepts, @sites, @parts)`,
    ),
    json: db.prepare('INSERT INTO record_json VALUES (?, ?)'),
    concept: db.prepare('INSERT INTO record_concepts VALUES (?, ?)'),
    coverage: db.prepare('INSERT OR IGNORE INTO record_coverage VALUES (?, ?)'),
    fts: db.prepare('INSERT INTO records_fts (rowid, names, text_nl, text_en) VALUES (?, ?, ?, ?)'),
    vocabulary: db.prepare('INSERT INTO vocabulary VALUES (?, ?, ?)'),
    place: db.prepare(
      `INSERT INTO places VALUES (@id, @name, @kind, @province, @municipality, @gemeentecode, @lat, @lon, @population,
       @located_at, @alt_names, @municipality_guessed)`,
    ),
    alias: db.prepare('INSERT OR IGNORE INTO place_aliases VALUES (?, ?)'),
    postcode: db.prepare('INSERT INTO postcodes VALUES (?, ?, ?, ?)'),
    layer: db.prepare('INSERT INTO layers VALUES (?, ?)'),
    meta: db.prepare('INSERT INTO meta VALUES (?, ?)'),
  };
  const lexicon = new Lexicon(c.lexicon);
  db.transaction(() => {
    const records = [...c.records].sort((a, b) => a.id.localeCompare(b.id));
    records.forEach((r, i) => {
      const rid = i + 1;
      insert.record.run(toRecordRow(r, rid));
      insert.json.run(rid, JSON.stringify(r));
      for (const concept of r.concepts) insert.concept.run(concept, rid);
      for (const province of r.coverage) insert.coverage.run(province, rid);
      insert.fts.run(rid, ...searchText(r, c.vocabulary, lexicon));
    });
    for (const list of VOCABULARY_LISTS) {
      for (const e of c.vocabulary[list]) insert.vocabulary.run(`${list}:${e.code}`, list, JSON.stringify(e));
    }
    for (const p of c.places) insert.place.run(toPlaceRow(p));
    for (const [alias, ids] of Object.entries(c.aliases)) for (const id of ids) insert.alias.run(alias, id);
    for (const row of c.postcodes) insert.postcode.run(...row);
    const layers = c.layers as Record<string, unknown>;
    for (const name of Object.keys(layers).sort()) insert.layer.run(name, JSON.stringify(layers[name]));
    insert.meta.run('about', JSON.stringify(c.about));
    insert.meta.run('lexicon', c.lexicon.join('\n'));
    insert.meta.run('source_hash', c.sourceHash);
    insert.meta.run('schema_version', String(CATALOGUE_SCHEMA_VERSION));
  })();
}
