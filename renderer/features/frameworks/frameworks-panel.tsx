import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { frameworkTemplateWorkbook, frameworkToWorkbook } from '@shared/exchange/framework-workbook';
import { type Framework, periodsOf } from '@shared/framework/types';
import { FileMessage, SharedMessage } from '../../components/shared-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import { addFramework, listFrameworks } from '../../db/repositories/frameworks';
import { readOutsideFile } from '../../exchange/outside-read';
import { useT, type MessageKey } from '../../i18n';
import { platform } from '../../platform';

/** "Cấp xã", or with the units it names when made for one period: from 7/2025 there is no thị trấn. */
function levelKey(fw: Framework): MessageKey {
  const periods = periodsOf(fw);
  if (fw.level === 'district' || periods.length !== 1) return `fw.level.${fw.level}`;
  return periods[0] === '2025' ? 'fw.level.commune.2025' : 'fw.level.commune.2024';
}

const EXCEL = [{ name: 'Excel', extensions: ['xlsx'] }];

function fileName(fw: Framework, suffix: string): string {
  return `bo-chi-so_${fw.id}_${fw.version}${suffix}.xlsx`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Cài đặt → Bộ chỉ số: the frameworks held, their provenance, Excel export, a template, and loading a new one. */
export function FrameworksPanel() {
  const t = useT();
  const rows = useLiveQuery(() => listFrameworks(db));
  const [result, setResult] = useState<{ ok?: ReactNode; errors: ReactNode[] }>({ errors: [] });

  const load = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: EXCEL });
    const file = picked.files[0];
    if (!file) {
      const refused = picked.refused[0];
      if (refused) setResult({ errors: [<FileMessage file={refused.name} message={refused.reason} />] });
      return;
    }
    const read = await readOutsideFile('framework', file.bytes, file.name);
    if (!read.ok) {
      setResult({
        // Each error as shared says it, in the UI language when an area lists it (i18n/areas/shared-outside.ts).
        errors: [
          t('fw.notLoaded', { file: file.name }),
          ...read.errors.map((e) => <SharedMessage message={e.message} />),
        ],
      });
      return;
    }
    const r = await addFramework(db, read.framework);
    const fw = read.framework;
    if (r.kind === 'refused') setResult({ errors: [<SharedMessage message={r.message} />] });
    else
      setResult({
        ok: withNodes(t(`fw.${r.kind}`, { version: fw.version, n: fw.indicators.length }), {
          title: <Vi>{fw.title}</Vi>,
        }),
        errors: [],
      });
  };

  return (
    <section className="frameworks card" aria-labelledby="frameworks-title">
      <h2 id="frameworks-title">{t('fw.title')}</h2>
      <p className="muted">{t('fw.intro')}</p>
      <table className="assessment-table" data-testid="framework-table">
        <thead>
          <tr>
            <th>{t('fw.col.framework')}</th>
            <th>{t('fw.col.level')}</th>
            <th>{t('fw.col.periods')}</th>
            <th>{t('fw.col.version')}</th>
            <th>{t('fw.col.count')}</th>
            <th>{t('fw.col.source')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows?.map((r) => (
            <tr key={`${r.id}@${r.version}`} data-testid={`framework-${r.id}-${r.version}`}>
              <td lang="vi">{r.framework.title}</td>
              <td>{t(levelKey(r.framework))}</td>
              <td>
                {periodsOf(r.framework)
                  .map((p) => t(`fw.period.${p}`))
                  .join('; ')}
              </td>
              <td>{r.version}</td>
              <td>{r.framework.indicators.length}</td>
              <td>
                <span lang="vi">{r.framework.sourceNote}</span>
                {r.builtIn && <span className="badge warn"> {t('fw.builtIn')}</span>}
              </td>
              <td className="cell-actions">
                <button
                  type="button"
                  onClick={() =>
                    void platform.saveFile(fileName(r.framework, ''), frameworkToWorkbook(r.framework), EXCEL)
                  }
                >
                  {t('fw.export')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void platform.saveFile(
                      fileName(r.framework, '_mau-trong'),
                      frameworkTemplateWorkbook(r.framework),
                      EXCEL,
                    )
                  }
                >
                  {t('fw.template')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void load()}>
          {t('fw.load')}
        </button>
      </div>
      {result.ok && (
        <p className="form-ok" role="status">
          {result.ok}
        </p>
      )}
      {result.errors.length > 0 && (
        <ul className="form-error" role="alert" data-testid="framework-errors">
          {result.errors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
