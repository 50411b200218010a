import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termsOfWord } from '../../../electron/shared/text/search-terms';
import { Lexicon, stemmerFor } from '../../../electron/shared/text/word-forms';
import { DATA_DIR } from '../../support/catalogue-fixture';

const lexicon = new Lexicon(readFileSync(join(DATA_DIR, 'lexicon/words.txt'), 'utf8').split('\n').filter(Boolean));

describe('Dutch and English word forms', () => {
  it('knows real words in their inflected forms, and no typo as a word', () => {
    for (const w of ['brandstoffen', 'cellen', 'onderdelen', 'opties', 'lassers', 'machines', 'knowing'])
      expect(lexicon.isWord(w), w).toBe(true);
    for (const w of ['maintanence', 'verpakingsrobot', 'lasrobto']) expect(lexicon.isWord(w), w).toBe(false);
  });

  it('gives a singular and its plural one stem, also where Dutch doubles the consonant', () => {
    const nl = stemmerFor('nl');
    expect(nl('brandstoffen')).toBe(nl('brandstof'));
    expect(nl('cellen')).toBe(nl('cel'));
    expect(nl('lassers')).toBe(nl('lasser'));
  });

  it('splits Dutch compounds into words, head last', () => {
    expect(lexicon.splitCompound('verpakkingslijn')).toEqual(['verpakking', 'lijn']);
    expect(lexicon.splitCompound('kleurstoffen')).toEqual(['kleur', 'stoffen']);
    expect(lexicon.splitCompound('spuitgietonderdelen')).toEqual(['spuitgiet', 'onderdelen']);
    expect(lexicon.splitCompound('energiekosten')).toEqual(['energie', 'kosten']);
    expect(lexicon.splitCompound('metaalbrandstoffen')).toEqual(['metaal', 'brandstoffen']);
  });

  it('reads a Dutch past participle as its verb, with the spelling rules of the infinitive', () => {
    const verbs = {
      gelast: 'lassen', // short vowel: the consonant doubles, no "lasen"
      aangepast: 'aanpassen', // no "aanpasen" (Easter), a separable particle in front
      gelamineerd: 'lamineren', // long vowel written single
      gefreesd: 'frezen', // s voiced
      geprint: 'printen', // a stem ending in t takes no second t
      opgeleid: 'opleiden',
      verpakt: 'verpakken', // ver- takes no ge-
      gepland: 'plannen',
      geautomatiseerd: 'automatiseren',
    };
    for (const [participle, verb] of Object.entries(verbs))
      expect(lexicon.infinitiveOf(participle), participle).toBe(verb);
    // Strong verbs stay as they are.
    for (const w of ['gebogen', 'gesneden', 'gespoten']) expect(lexicon.infinitiveOf(w), w).toBeNull();
  });

  it('never lets a word meet an unrelated compound through a wrong split', () => {
    // "branden" (roasting, burning) has nothing to do with "brandstoffen" (fuels).
    const fuels = termsOfWord('brandstoffen', 'nl', lexicon);
    expect(fuels).not.toContain(termsOfWord('branden', 'nl', lexicon)[0]);
    // A part of a compound still finds it: a question about "verpakking" finds a "verpakkingslijn".
    expect(termsOfWord('verpakkingslijnen', 'nl', lexicon)).toContain(stemmerFor('nl')('verpakking'));
  });
});
