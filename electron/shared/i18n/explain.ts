/** Puts a match's reasons into plain Dutch or English, for the screen, the command line and exports. */
import type { ConceptId } from '../catalogue/vocabulary';
import type { ConceptHit } from '../matching/concept-matcher';
import type { Reason } from '../matching/types';
import { formatKm } from './format';
import { CONFIDENCE_LABELS, PRECISION_LABELS } from './labels';
import type { Lang } from './lang';
export type LabelOf = (concept: ConceptId, lang: Lang) => string;

/** "lasrobot" or, for a corrected typo, "maintanence → maintenance". */
export function describeHit(hit: ConceptHit): string {
  return hit.how === 'exact' ? `"${hit.words}"` : `"${hit.words}" → ${hit.term}`;
}

/** One reason as a short sentence. */
export function explainReason(r: Reason, lang: Lang, label: LabelOf): string {
  const nl = lang === 'nl';
  switch (r.type) {
    case 'concept':
      return r.via
        ? nl
          ? `${describeHit(r.hit)} (${label(r.via, lang)}): verwant thema ${label(r.concept, lang)}`
          : `${describeHit(r.hit)} (${label(r.via, lang)}): related theme ${label(r.concept, lang)}`
        : `${describeHit(r.hit)} → ${label(r.concept, lang)}`;
    case 'text':
      return nl ? `tekst noemt: ${r.words.join(', ')}` : `text mentions: ${r.words.join(', ')}`;
    case 'sector':
      return nl
        ? `werkt voor uw sector: ${label(r.concept, lang)}`
        : `works with your sector: ${label(r.concept, lang)}`;
    case 'distance': {
      const where = [r.city, r.region].filter(Boolean).join(', ');
      return `${formatKm(r.km, lang)}${where ? ` (${where})` : ''}, ${PRECISION_LABELS[lang][r.precision]}`;
    }
    case 'distance_unknown':
      return nl
        ? `afstand onbekend (${PRECISION_LABELS[lang][r.precision]})`
        : `distance unknown (${PRECISION_LABELS[lang][r.precision]})`;
    case 'region':
      return nl ? `regionaal loket voor ${r.province}` : `regional front door for ${r.province}`;
    case 'crossborder':
      return nl ? 'Duits centrum over de grens' : 'German centre across the border';
    case 'offers':
      return (nl ? 'biedt: ' : 'offers: ') + r.offers.map((o) => label(o, lang)).join(', ');
    case 'trust': {
      const parts = [(nl ? 'betrouwbaarheid ' : 'confidence ') + CONFIDENCE_LABELS[lang][r.confidence]];
      if (r.unconfirmed) parts.push(nl ? 'niet geverifieerd' : 'unverified');
      if (r.verificationNeeded) parts.push(nl ? 'controle nodig' : 'needs checking');
      if (r.status === 'unknown') parts.push(nl ? 'huidige status onbekend' : 'current status unknown');
      if (r.status === 'ended') parts.push(nl ? 'BEËINDIGD' : 'ENDED');
      if (r.status === 'merged') parts.push(nl ? 'OPGEGAAN IN ANDER' : 'MERGED INTO ANOTHER');
      return parts.join(', ');
    }
  }
}
