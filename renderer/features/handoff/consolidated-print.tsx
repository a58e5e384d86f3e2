import { storageErrorMessage } from '@shared/storage/full';
import type { Period } from '@shared/entry/types';
import { sheetPrint, type SheetPrint } from '@shared/excel/sheet-print';
import { useState } from 'react';
import { db } from '../../db/db';
import { DocSettingsHint, PrintView } from '../../components/print/print-view';
import { SheetPrintDoc } from '../../components/print/sheet-print-doc';
import { useT } from '../../i18n';
import { gatherConsolidated } from './gather';

type Loaded = { ok: true; print: SheetPrint[]; fileName: string } | { ok: false; error: string };

/**
 * "In báo cáo tổng hợp (PDF)": the report sheet of the consolidated workbook ("Tổng hợp": header block, the table
 * of every unit, the summary sentence and the signatures) and its appendix (each group's figures, "Phụ lục I", …),
 * printed as the copy that is signed and stamped, each appendix sheet from a new page.
 */
export function ConsolidatedPrintButton({ period, partialNote }: { period: Period; partialNote: string }) {
  const [loaded, setLoaded] = useState<Loaded | 'working' | null>(null);
  const t = useT();
  const open = async () => {
    setLoaded('working');
    try {
      const g = await gatherConsolidated(db, period, {
        exportId: crypto.randomUUID(),
        exportedAt: Date.now(),
        appVersion: __APP_VERSION__,
        partialNote,
      });
      if (!g.ok) return setLoaded({ ok: false, error: t(g.key) });
      const { buildConsolidatedBook, reportSheets } = await import('@shared/verify/consolidated');
      const book = buildConsolidatedBook(g.input);
      const sheets = reportSheets(book);
      if (sheets.length === 0) return setLoaded({ ok: false, error: t('handoff.print.noSheet') });
      setLoaded({ ok: true, print: sheets.map(sheetPrint), fileName: book.fileName.replace(/\.xlsx$/, '.pdf') });
    } catch (e) {
      setLoaded({ ok: false, error: t('handoff.print.failed', { reason: storageErrorMessage(e) }) });
    }
  };
  const ready = loaded !== null && loaded !== 'working' ? loaded : undefined;
  return (
    <>
      <button type="button" disabled={loaded === 'working'} onClick={() => void open()}>
        {loaded === 'working' ? t('handoff.print.working') : t('handoff.print')}
      </button>
      {ready && (
        <PrintView
          label={t('handoff.print.label')}
          testId="consolidated-print-view"
          fileName={ready.ok ? ready.fileName : 'tong-hop.pdf'}
          backLabel={t('handoff.print.back')}
          onClose={() => setLoaded(null)}
          canPrint={ready.ok}
          tools={<DocSettingsHint />}
        >
          {ready.ok ? (
            ready.print.map((p, i) => (
              <SheetPrintDoc
                key={i}
                p={p}
                testId={i === 0 ? 'consolidated-print-doc' : 'consolidated-print-appendix'}
              />
            ))
          ) : (
            <p className="form-error">{ready.error}</p>
          )}
        </PrintView>
      )}
    </>
  );
}
