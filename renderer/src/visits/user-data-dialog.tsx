/**
 * "Mijn gegevens": where the user's own database is, its automatic backups, and saving or restoring a
 * backup. Restoring keeps the current data aside first; the app never deletes the user's data.
 */
import { useState } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import type { BackupStatus } from '../../../electron/shared/api/reports-api';
import { formatCount } from '../../../electron/shared/i18n/format';
import { useApiQuery } from '../api/use-api-query';
import { api } from '../api/window-api';
import { Dialog } from '../dialog';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';

export function UserDataDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const { t, lang } = useI18n();
  const u = t.userData;
  const [version, setVersion] = useState(0);
  const status = useApiQuery('backup:status', {}, String(version));
  const [outcome, setOutcome] = useState<{ text: string } | { error: ApiError } | null>(null);
  const s: BackupStatus | null = status.data;
  return (
    <Dialog title={u.title} className="user-data" onClose={onClose}>
      {s && (
        <>
          <p>{u.where}</p>
          <p>
            <code className="path" data-testid="user-db-file">
              {s.file}
            </code>
          </p>
          <p>{u.backups}</p>
          <p>
            <code className="path">{s.backupDir}</code>
          </p>
          {s.backups.length === 0 ? (
            <p className="hint">{u.noBackups}</p>
          ) : (
            <ul className="backups">
              {s.backups.map((b) => (
                <li key={b.name}>
                  {b.name}{' '}
                  <span className="muted">({formatCount(Math.max(1, Math.round(b.bytes / 1024)), lang)} kB)</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {status.error && (
        <p className="field-error" role="alert">
          {errorText(status.error, t)}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={async () => {
            const r = await api()['backup:export']({});
            setOutcome(r.ok ? ('saved' in r.value ? { text: u.exported(r.value.saved) } : null) : { error: r.error });
            setVersion((v) => v + 1);
          }}
        >
          {u.export}
        </button>
        <button
          type="button"
          onClick={async () => {
            const r = await api()['backup:import']({});
            if (!r.ok) return setOutcome({ error: r.error });
            if ('cancelled' in r.value) return setOutcome(null);
            setOutcome({ text: u.imported(r.value.previousKeptAs) });
            setVersion((v) => v + 1);
            onRestored();
          }}
        >
          {u.import}
        </button>
      </div>
      <p className="hint">{u.importHelp}</p>
      {outcome && (
        <p
          className={'error' in outcome ? 'field-error' : 'done-note'}
          role={'error' in outcome ? 'alert' : 'status'}
          data-testid="user-data-outcome"
        >
          {'error' in outcome ? errorText(outcome.error, t) : outcome.text}
        </p>
      )}
    </Dialog>
  );
}
