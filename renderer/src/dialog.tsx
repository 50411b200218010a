/** A modal dialog with a title and a close button; Escape and the button close it, focus returns to where it was. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from './i18n/i18n';

export function Dialog({
  title,
  className,
  onClose,
  actions,
  children,
}: {
  title: string;
  className?: string;
  onClose: () => void;
  /** Buttons beside the close button. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const before = document.activeElement as HTMLElement | null;
    dialog.showModal();
    // showModal focuses the first button (Close); a dialog that starts with typing names its field instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      before?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header>
        <h2 id={titleId}>{title}</h2>
        <div className="modal-actions">
          {actions}
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
