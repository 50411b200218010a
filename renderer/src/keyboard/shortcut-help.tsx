/** The help overlay (? or F1, or the "Sneltoetsen" button): every shortcut of the table, in the user's language. */
import { Dialog } from '../dialog';
import { useI18n } from '../i18n/i18n';
import { SHORTCUT_TEXTS } from './shortcut-texts';
import { keyLabel, SHORTCUTS } from './shortcuts';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { lang } = useI18n();
  const texts = SHORTCUT_TEXTS[lang];
  return (
    <Dialog title={texts.title} className="shortcut-help" onClose={onClose}>
      <p>{texts.intro}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{texts.colKeys}</th>
            <th scope="col">{texts.colAction}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action} data-action={s.action}>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{keyLabel(k)}</kbd>
                ))}
              </td>
              <td>{texts.actions[s.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{texts.inList}</h3>
      <table className="shortcut-table">
        <tbody>
          {texts.listKeys.map((k) => (
            <tr key={k.keys}>
              <td>
                <kbd>{k.keys}</kbd>
              </td>
              <td>{k.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
