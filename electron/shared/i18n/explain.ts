/** Puts a match's reasons into plain Dutch or English, for the screen, the command line and the reports. */
import type { LabelOf } from '../catalogue/vocabulary';
import type { ConceptHit } from '../matching/concept-matcher';
import type { Reason } from '../matching/types';
import { formatKm } from './format';
import { CONFIDENCE_LABELS, PART_KIND_LABELS, PRECISION_LABELS, partnerTypeLabel } from './labels';
import type { Lang } from './lang';

export type { LabelOf };

/** "lasrobot", or for a read or corrected word "maintanence" → maintenance. */
export function describeHit(hit: ConceptHit): string {
  return hit.how === 'exact' || hit.how === 'stem' || hit.how === 'code'
    ? `"${hit.words}"`
    : `"${hit.words}" → ${hit.term}`;
}

const TEXT = {
  nl: {
    related: (hit: string, via: string, concept: string) => `${hit} (${via}): verwant thema ${concept}`,
    near: (hit: string, via: string, concept: string) => `${hit} (${via}) → ${concept}`,
    need: (words: string, need: string, concept: string) => `"${words}" (${need}) → ${concept}`,
    guess: 'gok',
    part: (name: string, kind: string, town: string | null) => `via ${name} (${kind}${town ? `, ${town}` : ''})`,
    text: (words: string[]) => `de beschrijving noemt: ${words.join(', ')}`,
    sector: (s: string) => `werkt voor uw sector: ${s}`,
    unknownDistance: (p: string) => `afstand onbekend (${p})`,
    region: (p: string) => `regionaal loket voor ${p}: helpt verder met een intake`,
    crossborder: 'Duits centrum over de grens',
    partnerType: (type: string) => `een ${type}, het soort partner dat u zoekt`,
    offers: 'biedt: ',
    broad: 'brede kennisinstelling dichtbij: een goed startpunt voor een eerste gesprek',
    confidence: 'betrouwbaarheid ',
    unverified: 'niet geverifieerd',
    check: 'controle nodig',
    unknownStatus: 'huidige status onbekend',
    ended: 'BEËINDIGD',
    merged: 'OPGEGAAN IN ANDER',
  },
  en: {
    related: (hit: string, via: string, concept: string) => `${hit} (${via}): related theme ${concept}`,
    near: (hit: string, via: string, concept: string) => `${hit} (${via}) → ${concept}`,
    need: (words: string, need: string, concept: string) => `"${words}" (${need}) → ${concept}`,
    guess: 'guess',
    part: (name: string, kind: string, town: string | null) => `through ${name} (${kind}${town ? `, ${town}` : ''})`,
    text: (words: string[]) => `the description mentions: ${words.join(', ')}`,
    sector: (s: string) => `works with your sector: ${s}`,
    unknownDistance: (p: string) => `distance unknown (${p})`,
    region: (p: string) => `regional front door for ${p}: helps further with an intake`,
    crossborder: 'German centre across the border',
    partnerType: (type: string) => `a ${type}, the kind of partner you asked for`,
    offers: 'offers: ',
    broad: 'broad knowledge institution nearby: a good place for a first conversation',
    confidence: 'confidence ',
    unverified: 'unverified',
    check: 'needs checking',
    unknownStatus: 'current status unknown',
    ended: 'ENDED',
    merged: 'MERGED INTO ANOTHER',
  },
} satisfies Record<Lang, unknown>;

/**
 * The place a distance is measured to: the site's name and town, and for a specialised site what it
 * works on ("Yerseke: schelpdieren").
 */
export function placeMeasured(r: Extract<Reason, { type: 'distance' }>, lang: Lang): string {
  const site = [r.site, r.city].filter(Boolean).join(', ');
  return r.subject ? `${site}: ${r.subject[lang]}` : site;
}

/** One reason as a short sentence. */
export function explainReason(r: Reason, lang: Lang, label: LabelOf): string {
  const t = TEXT[lang];
  switch (r.type) {
    case 'concept': {
      const hit = `${describeHit(r.hit)}${r.hit.how === 'typo' ? ` (${t.guess})` : ''}`;
      if (r.via === 'related') return t.related(hit, label(r.hit.concept, lang), label(r.concept, lang));
      if (r.via === 'near') return t.near(hit, label(r.hit.concept, lang), label(r.concept, lang));
      return `${hit} → ${label(r.concept, lang)}`;
    }
    case 'need':
      return t.need(r.hit.words, label(r.hit.concept, lang), label(r.concept, lang));
    case 'part':
      return t.part(r.name, PART_KIND_LABELS[lang][r.kind as keyof (typeof PART_KIND_LABELS)['nl']] ?? r.kind, r.town);
    case 'text':
      return t.text(r.words);
    case 'sector':
      return t.sector(label(r.concept, lang));
    case 'distance': {
      const where = [placeMeasured(r, lang), r.region].filter(Boolean).join(', ');
      return `${formatKm(r.km, lang)}${where ? ` (${where})` : ''}, ${PRECISION_LABELS[lang][r.precision]}`;
    }
    case 'distance_unknown':
      return t.unknownDistance(PRECISION_LABELS[lang][r.precision]);
    case 'region':
      return t.region(r.province);
    case 'crossborder':
      return t.crossborder;
    case 'partner_type':
      return t.partnerType(partnerTypeLabel(r.subtype, lang));
    case 'offers':
      return t.offers + r.offers.map((o) => label(o, lang)).join(', ');
    case 'broad':
      return t.broad;
    case 'trust': {
      const parts = [t.confidence + CONFIDENCE_LABELS[lang][r.confidence]];
      if (r.unconfirmed) parts.push(t.unverified);
      if (r.verificationNeeded) parts.push(t.check);
      if (r.status === 'unknown') parts.push(t.unknownStatus);
      if (r.status === 'ended') parts.push(t.ended);
      if (r.status === 'merged') parts.push(t.merged);
      return parts.join(', ');
    }
  }
}
