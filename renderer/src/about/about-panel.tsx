/** Where the data comes from, how complete it is, and the licences of everything bundled. */
import { useEffect, useRef } from 'react';
import type { CatalogueMeta } from '../../../electron/shared/catalogue/catalogue-meta';
import { RECORD_KINDS } from '../../../electron/shared/catalogue/record-basics';
import { useI18n } from '../i18n/i18n';

export function AboutPanel({ meta, onClose }: { meta: CatalogueMeta; onClose: () => void }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    return () => d.close();
  }, []);
  return (
    <dialog ref={dialog} className="about" aria-labelledby="about-title" onClose={onClose} onCancel={onClose}>
      <header>
        <h2 id="about-title">{t.aboutTitle}</h2>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </header>
      <section>
        <h3>{t.aboutDataset}</h3>
        <p>{meta.dataset[lang]}</p>
        <p>
          {t.aboutImported(meta.importedOn)} {t.aboutOffline}
        </p>
      </section>
      <section>
        <h3>{t.aboutCounts}</h3>
        <ul className="counts">
          {RECORD_KINDS.map((k) => (
            <li key={k}>
              {t.kindPlural[k]}: <strong>{meta.counts[k]}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t.aboutGaps}</h3>
        <ul>
          {meta.knownGaps[lang].map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t.aboutProgramme}</h3>
        <p>
          {meta.programme.figures[lang]} <em>({meta.programme.source[lang]})</em>
        </p>
      </section>
      <section>
        <h3>{t.aboutCredits}</h3>
        <table className="credits">
          <tbody>
            {meta.credits.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>{c.licence[lang]}</td>
                <td>
                  {c.use[lang]}
                  {c.attribution && <div className="attribution">{c.attribution}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hash">
          {t.aboutSourceHash}: <code>{meta.sourceHash.slice(0, 12)}</code>
        </p>
      </section>
    </dialog>
  );
}
