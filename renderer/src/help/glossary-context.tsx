/** Opening the glossary from anywhere: a badge, a kind label or the header's "Uitleg" button. */
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { GLOSSARY, type GlossaryTerm } from './glossary';
import { HELP_TEXTS } from './help-texts';

export const GlossaryContext = createContext<(term: GlossaryTerm | null) => void>(() => {});

/** Opens the glossary at a term, or at its top with null. */
export function useGlossary() {
  return useContext(GlossaryContext);
}

/**
 * A label that opens its glossary entry: a button where buttons may go, or (inside a list option,
 * where a nested button would break the list for screen readers) a clickable span, the mouse twin of
 * the header's "Uitleg" button.
 */
export function Explained({
  term,
  className,
  inOption = false,
  detail,
  children,
}: {
  term: GlossaryTerm;
  className?: string;
  inOption?: boolean;
  /** Said before the pointer to the glossary in the tooltip, e.g. what this level means. */
  detail?: string;
  children: ReactNode;
}) {
  const open = useGlossary();
  const { lang } = useI18n();
  const whatIs = HELP_TEXTS[lang].whatIs(GLOSSARY[lang][term].term);
  const title = detail ? `${detail}. ${whatIs}` : whatIs;
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    open(term);
  };
  if (inOption)
    return (
      <span className={`explained ${className ?? ''}`} data-term={term} title={title} onClick={onClick}>
        {children}
      </span>
    );
  return (
    <button type="button" className={`explained ${className ?? ''}`} data-term={term} title={title} onClick={onClick}>
      {children}
    </button>
  );
}
