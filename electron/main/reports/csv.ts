/**
 * CSV exports of a shortlist and of all visits: UTF-8 with a byte-order mark and CRLF line ends, so that
 * Excel opens them with the accents intact; semicolons between the columns for Excel with Dutch
 * settings (where the comma is the decimal sign), or commas when asked. Written by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../shared/i18n/lang';
import { whyText, type VisitReport } from '../../shared/reports/visit-report';

export type CsvSeparator = ';' | ',';

const BOM = '\uFEFF';

/** A cell that starts like a formula gets an apostrophe, so Excel shows it as text and never runs it. */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csv(header: string[], rows: (string | number | null)[][], separator: CsvSeparator): string {
  return (
    BOM + stringify([header, ...rows.map((r) => r.map(cell))], { delimiter: separator, record_delimiter: 'windows' })
  );
}

const SHORTLIST_HEADER: Record<Lang, string[]> = {
  nl: [
    'Nr',
    'Naam',
    'Soort',
    'Plaats',
    'Afstand',
    'Waarom het past',
    'Wat u er kunt doen',
    'Website',
    'Contact',
    'Status',
    'Betrouwbaarheid',
    'Vervolg',
    'Notitie',
    'Id',
  ],
  en: [
    'No',
    'Name',
    'Kind',
    'Place',
    'Distance',
    'Why it fits',
    'What you can do there',
    'Website',
    'Contact',
    'Status',
    'Confidence',
    'Follow-up',
    'Note',
    'Id',
  ],
};

/** One row per shortlisted record of a visit. */
export function shortlistCsv(report: VisitReport, separator: CsvSeparator): string {
  return csv(
    SHORTLIST_HEADER[report.lang],
    report.items.map((i) => [
      i.rank,
      i.name,
      i.kind,
      i.place,
      i.distance,
      whyText(i.why),
      i.canDo.join('; '),
      i.website,
      i.contact.join('; '),
      i.status,
      i.confidence,
      i.state,
      i.note,
      i.recordId,
    ]),
    separator,
  );
}

export type VisitCsvRow = {
  date: string;
  company: string;
  kvk: string | null;
  place: string;
  kind: string;
  question: string;
  shortlisted: number;
  followUp: string | null;
  note: string;
};

const VISITS_HEADER: Record<Lang, string[]> = {
  nl: ['Datum', 'Bedrijf', 'KvK', 'Plaats', 'Soort', 'Vraag', 'Op de shortlist', 'Vervolg op', 'Notitie'],
  en: ['Date', 'Company', 'KvK', 'Place', 'Kind', 'Question', 'Shortlisted', 'Follow-up on', 'Note'],
};

/** One row per visit, every company. */
export function visitsCsv(rows: VisitCsvRow[], lang: Lang, separator: CsvSeparator): string {
  return csv(
    VISITS_HEADER[lang],
    rows.map((r) => [r.date, r.company, r.kvk, r.place, r.kind, r.question, r.shortlisted, r.followUp, r.note]),
    separator,
  );
}
