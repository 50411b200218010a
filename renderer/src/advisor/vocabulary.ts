/** Vocabulary labels in the renderer, from the catalogue:vocabulary call. */
import { createContext, useContext } from 'react';
import type { ConceptId, Vocabulary } from '../../../electron/shared/catalogue/vocabulary';
import type { LabelOf } from '../../../electron/shared/catalogue/vocabulary';

/** Builds the label function for a vocabulary. */
export function labelFunction(vocabulary: Vocabulary): LabelOf {
  const map = new Map<string, { nl: string; en: string }>();
  for (const list of ['theme', 'sector', 'offer'] as const)
    for (const e of vocabulary[list]) map.set(`${list}:${e.code}`, e);
  return (concept: ConceptId, lang) => map.get(concept)?.[lang] ?? concept;
}

export const VocabularyContext = createContext<{ vocabulary: Vocabulary; label: LabelOf } | null>(null);

/** The vocabulary and its label function. */
export function useVocabulary() {
  const ctx = useContext(VocabularyContext);
  if (!ctx) throw new Error('useVocabulary outside VocabularyContext');
  return ctx;
}

/** Themes offered when a need is empty or vague. */
export const SUGGESTED_THEMES: ConceptId[] = [
  'theme:robotics',
  'theme:automation',
  'theme:welding',
  'theme:additive_manufacturing',
  'theme:smart_maintenance',
  'theme:inspection_quality',
  'theme:sensors_iot',
  'theme:data_ai',
  'theme:digital_strategy',
  'theme:cybersecurity',
];
