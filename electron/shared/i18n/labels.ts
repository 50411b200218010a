/** The words for the catalogue's categories, shared by the screen, the command line and the reports. */
import type {
  Confidence,
  CoordinatePrecision,
  FieldlabStatus,
  PartKind,
  RecordKind,
  StartKind,
  StatusValue,
} from '../catalogue/record-basics';
import { formatYearMonth } from './format';
import type { Lang } from './lang';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

/** One record's kind. */
export const KIND_LABELS: Labels<RecordKind> = {
  nl: {
    fieldlab: 'Fieldlab',
    testsite: 'Test- of demolocatie',
    crossborder: 'Duits of grensoverschrijdend',
    institution: 'Kennisinstelling',
    hub: 'Regionale hub',
  },
  en: {
    fieldlab: 'Fieldlab',
    testsite: 'Test or demo site',
    crossborder: 'German or cross-border',
    institution: 'Knowledge institution',
    hub: 'Regional hub',
  },
};

/** Kinds in the plural, for filters and counts. */
export const KIND_PLURAL_LABELS: Labels<RecordKind> = {
  nl: {
    fieldlab: 'Fieldlabs',
    testsite: 'Testlocaties',
    crossborder: 'Duitse centra',
    institution: 'Kennisinstellingen',
    hub: 'Hubs',
  },
  en: {
    fieldlab: 'Fieldlabs',
    testsite: 'Test sites',
    crossborder: 'German centres',
    institution: 'Institutions',
    hub: 'Hubs',
  },
};

/** Whether an initiative is still running. */
export const STATUS_LABELS: Labels<StatusValue> = {
  nl: { active: 'actief', ended: 'beëindigd', merged: 'opgegaan in ander', unknown: 'status onbekend' },
  en: { active: 'active', ended: 'ended', merged: 'merged into another', unknown: 'status unknown' },
};

/** Confidence levels in words. */
export const CONFIDENCE_LABELS: Labels<Confidence> = {
  nl: { high: 'hoog', medium: 'middel', low: 'laag' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

/** How precise a location is, in words. */
export const PRECISION_LABELS: Labels<CoordinatePrecision> = {
  nl: {
    site: 'exacte locatie',
    site_approx: 'locatie bij benadering',
    campus: 'campus',
    district: 'wijk of gebied',
    municipality: 'gemeente',
    city: 'midden van de plaats',
    region: 'regionaal punt (geen vaste plek)',
    no_site: 'geen fysieke locatie',
    none: 'locatie onbekend',
  },
  en: {
    site: 'exact site',
    site_approx: 'approximate site',
    campus: 'campus',
    district: 'district or area',
    municipality: 'municipality',
    city: 'town centre',
    region: 'regional point (no single site)',
    no_site: 'no physical site',
    none: 'location unknown',
  },
};

/** Whether a source confirms a fieldlab as a Smart Industry fieldlab. */
export const FIELDLAB_STATUS_LABELS: Labels<FieldlabStatus> = {
  nl: {
    confirmed: 'door een bron bevestigd als Smart Industry-fieldlab',
    not_confirmed: 'niet bevestigd als Smart Industry-fieldlab',
    unverified: 'niet geverifieerd (uit geheugen, geen bron)',
  },
  en: {
    confirmed: 'confirmed as a Smart Industry fieldlab by a source',
    not_confirmed: 'not confirmed as a Smart Industry fieldlab',
    unverified: 'unverified (from memory, no source)',
  },
};

/** The kinds of partner an owner can ask for by name ("een hogeschool"): record subtypes. */
export const PARTNER_TYPE_LABELS: Labels<
  | 'university'
  | 'university_of_applied_sciences'
  | 'mbo_vocational_college'
  | 'applied_research_institute'
  | 'smart_industry_fieldlab'
  | 'related_fieldlab_or_testbed'
> = {
  nl: {
    smart_industry_fieldlab: 'fieldlab',
    related_fieldlab_or_testbed: 'testlocatie',
    university: 'universiteit',
    university_of_applied_sciences: 'hogeschool',
    mbo_vocational_college: 'mbo-school',
    applied_research_institute: 'onderzoeksinstituut',
  },
  en: {
    smart_industry_fieldlab: 'fieldlab',
    related_fieldlab_or_testbed: 'test site',
    university: 'university',
    university_of_applied_sciences: 'university of applied sciences',
    mbo_vocational_college: 'vocational college',
    applied_research_institute: 'research institute',
  },
};

/** A record subtype as a kind of partner, in words. */
export function partnerTypeLabel(subtype: string, lang: Lang): string {
  return (PARTNER_TYPE_LABELS[lang] as Record<string, string>)[subtype] ?? subtype.replace(/_/g, ' ');
}

/** How two records are linked. */
export const RELATION_LABELS: Labels<'regional_hub' | 'linked' | 'member' | 'predecessor'> = {
  nl: { regional_hub: 'regionale hub', linked: 'verbonden', member: 'lid', predecessor: 'voorganger' },
  en: { regional_hub: 'regional hub', linked: 'linked', member: 'member', predecessor: 'predecessor' },
};

/** How a company starts with an offer. */
export const START_LABELS: Labels<StartKind> = {
  nl: {
    intake: 'intakegesprek',
    visit: 'bezoek',
    course: 'cursus of training',
    project: 'samen een project',
    student_project: 'studentenopdracht',
    applied_research: 'praktijkonderzoek',
    lab_use: 'lab of machines gebruiken',
    event: 'bijeenkomst',
    membership: 'lid worden',
    contact: 'contact opnemen',
    contract_research: 'onderzoek in opdracht',
    network: 'netwerk',
    other: 'anders',
  },
  en: {
    intake: 'intake meeting',
    visit: 'visit',
    course: 'course or training',
    project: 'joint project',
    student_project: 'student assignment',
    applied_research: 'applied research',
    lab_use: 'use the lab or machines',
    event: 'event',
    membership: 'become a member',
    contact: 'get in touch',
    contract_research: 'contract research',
    network: 'network',
    other: 'other',
  },
};

/** What a part of an institution is. */
export const PART_KIND_LABELS: Labels<PartKind> = {
  nl: {
    centre_of_expertise: 'kenniscentrum (Centre of Expertise)',
    lectoraat: 'lectoraat: onderzoeksgroep van de hogeschool',
    chair: 'leerstoel of onderzoeksgroep',
    lab: 'lab',
    facility: 'faciliteit: proeffabriek, testlocatie of cleanroom',
  },
  en: {
    centre_of_expertise: 'centre of expertise',
    lectoraat: 'lectoraat: applied research group',
    chair: 'chair or research group',
    lab: 'lab',
    facility: 'facility: pilot plant, test site or cleanroom',
  },
};

/** What a confidence level means, in plain words. */
export const CONFIDENCE_EXPLANATIONS: Labels<Confidence> = {
  nl: {
    high: 'de belangrijkste gegevens staan in bronnen van de organisatie zelf',
    medium: 'de belangrijkste gegevens komen uit bronnen, maar iets belangrijks is afgeleid',
    low: 'slechts één vermelding of niet door een bron bevestigd: eerst controleren',
  },
  en: {
    high: 'the key facts are stated by sources about the organisation itself',
    medium: 'the key facts come from sources, but something important is inferred',
    low: 'a single mention or not confirmed by a source: check it first',
  },
};

/** The status with the date of its evidence: "actief volgens een bron van mei 2022". */
export function statusText(status: StatusValue, asOf: string | null, lang: Lang): string {
  const label = STATUS_LABELS[lang][status];
  if (!asOf) return label;
  const when = formatYearMonth(asOf, lang);
  if (lang === 'nl')
    return status === 'unknown' ? `${label}, laatst gezien ${when}` : `${label} volgens een bron van ${when}`;
  return status === 'unknown' ? `${label}, last seen ${when}` : `${label} according to a source from ${when}`;
}
