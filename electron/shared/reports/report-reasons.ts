/**
 * Why a record fits, for the leave-behind: one plain sentence per reason, written for the company
 * ("Werkt aan slim onderhoud, waar u naar vroeg"), without the screen's codes, arrows or precision words.
 */
import type { ConceptId, LabelOf } from '../catalogue/vocabulary';
import { parseConceptId } from '../catalogue/vocabulary';
import { formatKm } from '../i18n/format';
import { CONFIDENCE_LABELS, partnerTypeLabel } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import type { Reason } from '../matching/types';

/** "Robotica" → "robotica" inside a sentence; "AI", "3D-printen" and "IoT" stay as they are. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** "a", "a en b", "a, b en c". */
function list(items: string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

const TEXT = {
  nl: {
    works: (topic: string) => `Werkt aan ${topic}`,
    offers: (help: string) => `Biedt ${help}`,
    asked: ', waar u naar vroeg',
    near: (asked: string) => `, dicht bij ${asked} waar u naar vroeg`,
    related: (asked: string) => `, verwant aan ${asked} waar u naar vroeg`,
    need: (need: string) => `, wat helpt bij wat u noemde: ${need}`,
    needAlone: (need: string) => `Helpt bij wat u noemde: ${need}`,
    part: (name: string, town: string | null) => `De kennis zit bij ${name}${town ? ` in ${town}` : ''}`,
    text: (words: string) => `Noemt in de beschrijving ${words}`,
    sector: (sector: string) => `Werkt voor bedrijven in uw sector: ${sector}`,
    distance: (km: string, where: string | null) => `Ligt op ${km} van het bedrijf${where ? `, in ${where}` : ''}`,
    unknownDistance: 'De afstand is niet bekend',
    region: (province: string) => `Het regionale loket voor ${province}: helpt verder met een intake`,
    crossborder: (km: string | null) => `Een Duits centrum over de grens${km ? `, op ${km}` : ''}`,
    partnerType: (type: string) => `Een ${type}: het soort partner waar u om vroeg`,
    broad: 'Een brede kennisinstelling dichtbij: een goed begin voor een eerste gesprek',
    trust: (c: string) => `Betrouwbaarheid van de gegevens: ${c}`,
  },
  en: {
    works: (topic: string) => `Works on ${topic}`,
    offers: (help: string) => `Offers ${help}`,
    asked: ', which you asked about',
    near: (asked: string) => `, close to the ${asked} you asked about`,
    related: (asked: string) => `, related to the ${asked} you asked about`,
    need: (need: string) => `, which helps with what you mentioned: ${need}`,
    needAlone: (need: string) => `Helps with what you mentioned: ${need}`,
    part: (name: string, town: string | null) => `The expertise sits with ${name}${town ? ` in ${town}` : ''}`,
    text: (words: string) => `Its description mentions ${words}`,
    sector: (sector: string) => `Works with companies in your sector: ${sector}`,
    distance: (km: string, where: string | null) => `${km} from the company${where ? `, in ${where}` : ''}`,
    unknownDistance: 'The distance is not known',
    region: (province: string) => `The regional front door for ${province}: helps further with an intake`,
    crossborder: (km: string | null) => `A German centre across the border${km ? `, ${km} away` : ''}`,
    partnerType: (type: string) => `A ${type}: the kind of partner you asked for`,
    broad: 'A broad knowledge institution nearby: a good place for a first conversation',
    trust: (c: string) => `Reliability of the data: ${c}`,
  },
} as const;

/** A theme as what the record works on, a kind of help as what it offers. */
function topic(concept: ConceptId, lang: Lang, label: LabelOf): string {
  const t = TEXT[lang];
  const name = inSentence(label(concept, lang));
  return parseConceptId(concept)?.list === 'offer' ? t.offers(name) : t.works(name);
}

/** One reason as one plain sentence, for the company reading the report. */
export function plainReason(r: Reason, lang: Lang, label: LabelOf): string {
  const t = TEXT[lang];
  switch (r.type) {
    case 'concept': {
      const asked = inSentence(label(r.hit.concept, lang));
      const how = r.via === 'near' ? t.near(asked) : r.via === 'related' ? t.related(asked) : t.asked;
      return topic(r.concept, lang, label) + how;
    }
    case 'need':
      return topic(r.concept, lang, label) + t.need(inSentence(label(r.hit.concept, lang)));
    case 'part':
      return t.part(r.name, r.town);
    case 'text':
      return t.text(list(r.words, lang));
    case 'sector':
      return t.sector(inSentence(label(r.concept, lang)));
    case 'distance':
      return t.distance(
        formatKm(r.km, lang),
        r.subject ? `${r.site ?? r.city}: ${r.subject[lang]}` : (r.site ?? r.city),
      );
    case 'distance_unknown':
      return t.unknownDistance;
    case 'region':
      return t.region(r.province);
    case 'crossborder':
      return t.crossborder(r.km == null ? null : formatKm(r.km, lang));
    case 'partner_type':
      return t.partnerType(partnerTypeLabel(r.subtype, lang));
    case 'offers':
      return t.offers(
        list(
          r.offers.map((o) => inSentence(label(o, lang))),
          lang,
        ),
      );
    case 'broad':
      return t.broad;
    case 'trust':
      return t.trust(CONFIDENCE_LABELS[lang][r.confidence]);
  }
}

/** Why it fits, in plain words: what matched, which centre; not the trust details. The distance comes last. */
const WHY: Reason['type'][] = ['concept', 'need', 'part', 'text', 'sector', 'region', 'broad', 'crossborder'];

/** The themes (or kinds of help) asked about directly, named in one sentence: "Werkt aan robotica en lassen, …". */
function askedDirectly(concepts: ConceptId[], lang: Lang, label: LabelOf): string[] {
  const t = TEXT[lang];
  const names = (list: ConceptId[]) => list.map((c) => inSentence(label(c, lang)));
  const offers = concepts.filter((c) => parseConceptId(c)?.list === 'offer');
  const topics = concepts.filter((c) => parseConceptId(c)?.list !== 'offer');
  return [
    ...(topics.length ? [t.works(list(names(topics), lang)) + t.asked] : []),
    ...(offers.length ? [t.offers(list(names(offers), lang)) + t.asked] : []),
  ];
}

/**
 * The sentences of why a pick fits: at most `max`, each said once, then the distance. The themes asked
 * about directly come in one sentence; a need answered by a theme already named says only the need
 * ("Helpt bij wat u noemde: …"), not the theme again.
 */
export function plainReasons(reasons: readonly Reason[], lang: Lang, label: LabelOf, max = 3): string[] {
  const direct = [...new Set(reasons.flatMap((r) => (r.type === 'concept' && r.via === null ? [r.concept] : [])))];
  const named = new Set<ConceptId>(direct);
  const rest = reasons
    .filter((r) => WHY.includes(r.type) && !(r.type === 'concept' && r.via === null))
    .sort((a, b) => WHY.indexOf(a.type) - WHY.indexOf(b.type))
    .map((r) => {
      if (r.type !== 'concept' && r.type !== 'need') return plainReason(r, lang, label);
      const said = named.has(r.concept);
      named.add(r.concept);
      return r.type === 'need' && said
        ? TEXT[lang].needAlone(inSentence(label(r.hit.concept, lang)))
        : plainReason(r, lang, label);
    });
  const why = [...askedDirectly(direct, lang, label), ...rest]
    .filter((text, i, all) => all.indexOf(text) === i)
    .slice(0, max);
  const distance = reasons.find((r) => r.type === 'distance');
  return distance ? [...why, plainReason(distance, lang, label)] : why;
}
