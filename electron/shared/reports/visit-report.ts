/**
 * The one-page advice to leave behind after a visit, as a view model: the same content for the printed
 * page, the PDF, "copy as text" and the CSV. Pure: built from the visit, the company and the catalogue.
 */
import type { CatalogueMeta } from '../catalogue/catalogue-meta';
import type { CatalogueRecord } from '../catalogue/validate-catalogue';
import type { LabelOf } from '../catalogue/vocabulary';
import type { Company, FollowUpState, Visit } from '../companies/company';
import { formatSbi, sbiCodeIn } from '../companies/sbi';
import { formatDate, formatKm } from '../i18n/format';
import { CONFIDENCE_LABELS, KIND_LABELS, START_LABELS, statusText } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { inSentence, plainReasons } from './report-reasons';

export const FOLLOW_UP_LABELS: Record<Lang, Record<FollowUpState, string>> = {
  nl: { to_contact: 'te benaderen', introduced: 'geïntroduceerd', visited: 'bezocht', not_relevant: 'niet relevant' },
  en: { to_contact: 'to approach', introduced: 'introduced', visited: 'visited', not_relevant: 'not relevant' },
};

export type ReportItem = {
  rank: number;
  recordId: string;
  name: string;
  kind: string;
  place: string | null;
  distance: string | null;
  what: string;
  /** Why it fits: one plain sentence per reason, the distance last. */
  why: string[];
  /** How to start there; when the record names no way to start, the kinds of help it offers. */
  canDo: string[];
  /** True when `canDo` holds kinds of help rather than ways to start. */
  canDoIsHelp: boolean;
  website: string | null;
  contact: string[];
  status: string;
  confidence: string;
  note: string;
  state: string;
  change: string | null;
  point: { lat: number; lon: number } | null;
};

export type VisitReport = {
  lang: Lang;
  company: {
    name: string;
    kvk: string | null;
    place: string;
    sector: string;
    /** The SBI code and the name of its sector, where known. */
    sbi: { code: string; label: string | null } | null;
    contact: string;
  };
  date: string;
  kind: string;
  question: string;
  items: ReportItem[];
  frontDoor: { name: string; province: string } | null;
  origin: { lat: number; lon: number } | null;
  advisorNote: string;
  followUp: string | null;
  dataDate: string;
  dataVersion: string;
};

/** How to start at a record; without any, the kinds of help it offers (its "offer:" concepts). */
function waysIn(record: CatalogueRecord | null, lang: Lang, label: LabelOf): { canDo: string[]; canDoIsHelp: boolean } {
  const offers = record?.offers ?? [];
  if (offers.length > 0) {
    return {
      canDo: offers
        .slice(0, 2)
        .map((o) => (o.start ? `${o[lang].replace(/\.$/, '')} (${START_LABELS[lang][o.start]})` : o[lang])),
      canDoIsHelp: false,
    };
  }
  const help = (record?.concepts ?? []).filter((c) => c.startsWith('offer:')).map((c) => inSentence(label(c, lang)));
  return { canDo: help.slice(0, 4), canDoIsHelp: help.length > 0 };
}

const TEXTS = {
  nl: {
    kind: { visit: 'Bedrijfsbezoek', desk: 'Gesprek' },
    gone: 'staat niet meer in de catalogus',
    statusNow: (s: string) => `status nu: ${s}`,
    confidence: (c: string) => `betrouwbaarheid ${c}`,
  },
  en: {
    kind: { visit: 'Company visit', desk: 'Conversation' },
    gone: 'no longer in the catalogue',
    statusNow: (s: string) => `status now: ${s}`,
    confidence: (c: string) => `confidence ${c}`,
  },
} as const;

/**
 * What a record is, short enough for one page: its first sentence, and the next ones while they fit;
 * a first sentence that is too long itself is cut at a word, with an ellipsis.
 */
export function shortDescription(text: string, max = 200): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g)?.map((x) => x.trim()) ?? [text.trim()];
  let out = sentences[0] ?? '';
  if (out.length > max) return `${out.slice(0, out.lastIndexOf(' ', max - 1)).replace(/[,;:]$/, '')}…`;
  for (const next of sentences.slice(1)) {
    if (out.length + next.length + 1 > max) break;
    out = `${out} ${next}`;
  }
  return out;
}

export function buildVisitReport(input: {
  visit: Visit;
  company: Company;
  records: ReadonlyMap<string, CatalogueRecord>;
  meta: Pick<CatalogueMeta, 'importedOn' | 'sourceHash'>;
  frontDoor: { name: string; province: string } | null;
  origin: { lat: number; lon: number } | null;
  label: LabelOf;
  /** The name of the sector of an SBI code, in the report's language. */
  sbiLabel: (sbi: string) => string | null;
  lang: Lang;
}): VisitReport {
  const { visit, company, records, lang, label } = input;
  const t = TEXTS[lang];
  // A long shortlist says what each record is more briefly, so that it still fits one page.
  const whatLength = visit.shortlist.length > 3 ? 130 : 200;
  const items = visit.shortlist.map((item, i): ReportItem => {
    const record = records.get(item.recordId) ?? null;
    const status = record?.status.value ?? item.match?.status ?? 'unknown';
    return {
      rank: i + 1,
      recordId: item.recordId,
      name: record?.name ?? item.recordName,
      kind: KIND_LABELS[lang][record?.kind ?? item.match?.kind ?? 'fieldlab'],
      place: record?.location.city ?? item.match?.city ?? null,
      distance: item.match?.distanceKm != null ? formatKm(item.match.distanceKm, lang) : null,
      what: shortDescription(record?.description[lang] ?? '', whatLength),
      why: plainReasons(item.match?.reasons ?? [], lang, label),
      ...waysIn(record, lang, label),
      website: record?.website?.url ?? null,
      contact: (record?.contact ?? []).map((c) => c.value),
      status: statusText(status, record?.status.asOf ?? null, lang),
      confidence: t.confidence(CONFIDENCE_LABELS[lang][record?.evidence.confidence ?? item.match?.confidence ?? 'low']),
      note: item.note,
      state: FOLLOW_UP_LABELS[lang][item.state],
      change:
        item.change?.kind === 'gone'
          ? t.gone
          : item.change?.kind === 'status'
            ? t.statusNow(statusText(item.change.now, null, lang))
            : null,
      point:
        record &&
        record.location.lat !== null &&
        record.location.lon !== null &&
        record.location.precision !== 'no_site'
          ? { lat: record.location.lat, lon: record.location.lon }
          : null,
    };
  });
  return {
    lang,
    company: {
      name: company.name,
      kvk: company.kvk,
      place: company.place,
      sector: company.sector,
      sbi: company.sbi ? { code: company.sbi, label: input.sbiLabel(company.sbi) } : null,
      contact: [company.contactName, company.contactEmail, company.contactPhone].filter(Boolean).join(' · '),
    },
    date: formatDate(visit.date, lang),
    kind: t.kind[visit.kind],
    question: visit.question,
    items,
    frontDoor: input.frontDoor,
    origin: input.origin,
    advisorNote: visit.note,
    followUp: visit.followUpDate ? formatDate(visit.followUpDate, lang) : null,
    dataDate: formatDate(input.meta.importedOn, lang),
    dataVersion: input.meta.sourceHash.slice(0, 12),
  };
}

const HEADINGS = {
  nl: {
    title: 'Advies',
    for: (name: string) => `Advies voor ${name}`,
    kvk: 'KvK',
    contactPerson: 'Contactpersoon',
    map: 'Kaart met het bedrijf en de organisaties op de shortlist',
    legend: '★ het bedrijf · de nummers zijn die van de lijst',
    noItems: 'Er staat nog niets op de shortlist.',
    question: 'De vraag',
    list: 'Waar u terecht kunt',
    what: 'Wat het is',
    why: 'Waarom het past',
    canDo: 'Wat u er kunt doen',
    help: 'Wat het biedt',
    contact: 'Contact',
    note: 'Notitie',
    frontDoor: (name: string, province: string) =>
      `Regionaal loket voor ${province}: ${name}, voor een intake en verdere hulp.`,
    advisorNote: 'Afspraken',
    followUp: 'Vervolg op',
    data: (date: string, version: string) =>
      `Gegevens: Fieldlab Finder-catalogus van ${date} (versie ${version}); elke organisatie noemt haar bronnen in de app. Gegevens verouderen: controleer ze voor een bezoek.`,
  },
  en: {
    title: 'Advice',
    for: (name: string) => `Advice for ${name}`,
    kvk: 'KvK',
    contactPerson: 'Contact person',
    map: 'Map with the company and the organisations on the shortlist',
    legend: '★ the company · numbers as in the list',
    noItems: 'Nothing on the shortlist yet.',
    question: 'The question',
    list: 'Where to go',
    what: 'What it is',
    why: 'Why it fits',
    canDo: 'What you can do there',
    help: 'What it offers',
    contact: 'Contact',
    note: 'Note',
    frontDoor: (name: string, province: string) =>
      `Regional front door for ${province}: ${name}, for an intake and further help.`,
    advisorNote: 'Agreed',
    followUp: 'Follow-up on',
    data: (date: string, version: string) =>
      `Data: Fieldlab Finder catalogue of ${date} (version ${version}); every organisation lists its sources in the app. Data ages: check before a visit.`,
  },
} as const;

/** The headings the printed report and the text use. */
export function reportHeadings(lang: Lang) {
  return HEADINGS[lang];
}

/** The sentences of why a pick fits, as one paragraph. */
export function whyText(why: readonly string[]): string {
  return why.map((s) => `${s}.`).join(' ');
}

/**
 * The company's sector with its SBI code and the code's name: "bakkerij · SBI 10 Voedingsmiddelenindustrie",
 * "Voedingsmiddelenindustrie (SBI 10)" when the sector is typed as that name, "SBI 10 …" for a code alone.
 */
export function sectorText(company: VisitReport['company']): string {
  const { sector, sbi } = company;
  if (!sbi) return sector;
  const code = `SBI ${formatSbi(sbi.code)}`;
  const named = sbi.label ? `${code} ${sbi.label}` : code;
  const typed = sector.trim();
  if (!typed || sbiCodeIn(typed) === sbi.code) return named;
  if (sbi.label && typed.toLowerCase() === sbi.label.toLowerCase()) return `${typed} (${code})`;
  return `${typed} · ${named}`;
}

/** The report as plain text, for an e-mail: the same content as the page. */
export function reportText(r: VisitReport): string {
  const h = HEADINGS[r.lang];
  const lines: string[] = [];
  lines.push(`${h.title}: ${r.company.name}${r.company.place ? `, ${r.company.place}` : ''}`);
  lines.push(`${r.kind}, ${r.date}`);
  const sector = sectorText(r.company);
  if (sector) lines.push(sector);
  lines.push('', `${h.question}: ${r.question}`, '', `${h.list}:`);
  for (const item of r.items) {
    lines.push(
      '',
      `${item.rank}. ${item.name} (${item.kind}${item.place ? `, ${item.place}` : ''}${item.distance ? `, ${item.distance}` : ''})`,
    );
    if (item.change) lines.push(`   ! ${item.change}`);
    if (item.what) lines.push(`   ${h.what}: ${item.what}`);
    if (item.why.length) lines.push(`   ${h.why}: ${whyText(item.why)}`);
    if (item.canDo.length) lines.push(`   ${item.canDoIsHelp ? h.help : h.canDo}: ${item.canDo.join('; ')}`);
    const contact = [item.website, ...item.contact].filter(Boolean).join(' · ');
    if (contact) lines.push(`   ${h.contact}: ${contact}`);
    lines.push(`   ${item.status}; ${item.confidence}`);
    if (item.note) lines.push(`   ${h.note}: ${item.note}`);
  }
  if (r.frontDoor) lines.push('', h.frontDoor(r.frontDoor.name, r.frontDoor.province));
  if (r.advisorNote) lines.push('', `${h.advisorNote}: ${r.advisorNote}`);
  if (r.followUp) lines.push(`${h.followUp}: ${r.followUp}`);
  lines.push('', h.data(r.dataDate, r.dataVersion));
  return lines.join('\n');
}
