import type { CommitResult } from '../../exchange/import-pipeline';
import { useT } from '../../i18n';

/** Imported lines listed open up to this many; a province's batch (130–170 files) folds them under one line. */
export const OPEN_IMPORTED_LINES = 10;

const line = (r: CommitResult, i: number) => (
  <li key={i} className={r.kind === 'refused' ? 'form-error' : r.kind === 'imported' ? 'form-ok' : 'muted'}>
    {r.fileName}: {r.message}
  </li>
);

/**
 * What a committed batch led to: one headline with the counts, then every file not imported (refused first, then
 * skipped and unchanged), which the verifier must act on, then the imported files — folded when there are many.
 */
export function ImportResults({ results }: { results: readonly CommitResult[] }) {
  const t = useT();
  const imported = results.filter((r) => r.kind === 'imported');
  const rank = (r: CommitResult) => (r.kind === 'refused' ? 0 : r.kind === 'skipped' ? 1 : 2);
  const attention = results.filter((r) => r.kind !== 'imported').sort((a, b) => rank(a) - rank(b));
  const unchanged = attention.filter((r) => r.kind === 'unchanged').length;
  const notImported = attention.length - unchanged;
  return (
    <div className="import-results" data-testid="import-results">
      <p role="status" data-testid="import-headline">
        <strong>{t('board.import.done', { n: imported.length, total: results.length })}</strong>
        {unchanged > 0 && <> {t('board.import.doneUnchanged', { n: unchanged })}</>}
        {notImported > 0 && <> {t('board.import.doneNot', { n: notImported })}</>}
      </p>
      {attention.length > 0 && <ul>{attention.map(line)}</ul>}
      {imported.length > OPEN_IMPORTED_LINES ? (
        <details>
          <summary>{t('board.import.doneList', { n: imported.length })}</summary>
          <ul>{imported.map(line)}</ul>
        </details>
      ) : (
        imported.length > 0 && <ul>{imported.map(line)}</ul>
      )}
    </div>
  );
}
