/**
 * Find an organisation by name ("wat was de website van RAMLAB?"): type part of the name, a short
 * name or the town, Enter opens the first hit's details; ↑/↓ choose another. Ctrl+F opens it.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { RecordSummary } from '../../../electron/shared/catalogue/record-summary';
import { useNameSearch } from '../catalogue/name-search';
import { Dialog } from '../dialog';
import { useI18n } from '../i18n/i18n';
import { FIND_TEXTS } from './find-texts';

const LIMIT = 8;

export function FindByName({
  records,
  onOpen,
  onClose,
}: {
  records: RecordSummary[];
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const texts = FIND_TEXTS[lang];
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const hits = useNameSearch(records)(text, LIMIT);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      onOpen(hits[active].id);
    }
  };
  return (
    <Dialog title={texts.title} className="find-by-name" onClose={onClose}>
      <label htmlFor={`${id}-input`}>{texts.label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        data-autofocus
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={hits[active] ? `${id}-hit-${active}` : undefined}
        aria-describedby={`${id}-status`}
        maxLength={100}
        value={text}
        placeholder={texts.placeholder}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className="muted" role="status">
        {!text.trim() ? texts.hint : hits.length === 0 ? texts.none(text.trim()) : texts.count(hits.length)}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={texts.title} className="find-hits">
        {hits.map((r, i) => (
          <li
            key={r.id}
            id={`${id}-hit-${i}`}
            role="option"
            aria-selected={i === active}
            data-record-id={r.id}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              onOpen(r.id);
            }}
          >
            <strong>{r.name}</strong>
            <span className="option-detail"> {[t.kind[r.kind], r.city].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
