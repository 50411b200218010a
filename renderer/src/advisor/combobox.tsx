/** A text field with a suggestion list, usable by keyboard alone (WAI-ARIA combobox pattern). */
import { useId, useState, type KeyboardEvent } from 'react';

export type Option = { key: string; label: string; detail?: string; value: string };

type Props = {
  label: string;
  value: string;
  placeholder?: string;
  options: Option[];
  onChange: (text: string) => void;
  onSelect: (option: Option) => void;
  describedBy?: string;
  invalid?: boolean;
  maxLength?: number;
};

export function Combobox({
  label,
  value,
  placeholder,
  options,
  onChange,
  onSelect,
  describedBy,
  invalid,
  maxLength,
}: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Suggestions only once something is typed, so an empty field never covers the next one.
  const shown = open && options.length > 0 && value.trim() !== '';
  const choose = (o: Option) => {
    onSelect(o);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && shown) {
      // Closing the suggestions is this Escape's one step back; nothing else should take it.
      e.preventDefault();
      setOpen(false);
    }
  };
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => {
          onChange(maxLength ? e.target.value.slice(0, maxLength) : e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="combobox-list" hidden={!shown}>
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {o.label}
            {o.detail && <span className="option-detail"> {o.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
