/** The glossary as a dialog, opened at one entry (from a badge or kind label) or at the top ("Uitleg"). */
import { useEffect, useRef } from 'react';
import { Dialog } from '../dialog';
import { useI18n } from '../i18n/i18n';
import { GLOSSARY, GLOSSARY_TERMS, type GlossaryTerm } from './glossary';
import { HELP_TEXTS } from './help-texts';

export function GlossaryDialog({ term, onClose }: { term: GlossaryTerm | null; onClose: () => void }) {
  const { lang } = useI18n();
  const entries = GLOSSARY[lang];
  const current = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block, not an arrow's value: newer Chromium returns a promise from scrollIntoView, and React would take it for a cleanup.
    current.current?.scrollIntoView({ block: 'center' });
  }, [term]);
  return (
    <Dialog title={HELP_TEXTS[lang].glossaryTitle} className="glossary" onClose={onClose}>
      <p>{HELP_TEXTS[lang].glossaryIntro}</p>
      <dl className="glossary-list">
        {GLOSSARY_TERMS.map((id) => (
          <div
            key={id}
            data-term={id}
            className={id === term ? 'current' : undefined}
            ref={id === term ? (current as React.RefObject<HTMLDivElement>) : undefined}
            aria-current={id === term || undefined}
          >
            <dt>{entries[id].term}</dt>
            <dd>{entries[id].text}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
