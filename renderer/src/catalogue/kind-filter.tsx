/** Toggle buttons for the record kinds, with their counts. */
import { RECORD_KINDS, type RecordKind } from '../../../electron/shared/catalogue/record-basics';
import { useI18n } from '../i18n/i18n';

type Props = {
  counts: Record<RecordKind, number>;
  selected: Set<RecordKind>;
  onChange: (next: Set<RecordKind>) => void;
};

export function KindFilter({ counts, selected, onChange }: Props) {
  const { t } = useI18n();
  const toggle = (kind: RecordKind) => {
    const next = new Set(selected);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    onChange(next);
  };
  return (
    <fieldset className="kind-filter">
      <legend>{t.filterKinds}</legend>
      {RECORD_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`chip kind-${kind}`}
          aria-pressed={selected.has(kind)}
          onClick={() => toggle(kind)}
        >
          {t.kindPlural[kind]} <span className="chip-count">{counts[kind]}</span>
        </button>
      ))}
    </fieldset>
  );
}
