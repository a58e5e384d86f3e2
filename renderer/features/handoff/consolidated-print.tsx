import { storageErrorMessage } from '@shared/storage/full';
import type { Period } from '@shared/entry/types';
import { sheetPrint, type SheetPrint } from '@shared/excel/sheet-print';
import { useState } from 'react';
import { db } from '../../db/db';
import { DocSettingsHint, PrintView } from '../../components/print/print-view';
import { SheetPrintDoc } from '../../components/print/sheet-print-doc';
import { useT } from '../../i18n';
import { gatherConsolidated } from './gather';

type Loaded = { ok: true; print: SheetPrint; fileName: string } | { ok: false; error: string };

/**
 * "In báo cáo tổng hợp (PDF)": the report sheet of the consolidated workbook ("Tổng hợp": header block, the table
 * of every unit, the summary sentence and the signatures), printed as the copy that is signed and stamped.
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
      const { buildConsolidatedBook, SHEET_CONSOLIDATED } = await import('@shared/verify/consolidated');
      const book = buildConsolidatedBook(g.input);
      const sheet = book.wb.sheets.find((s) => s.name === SHEET_CONSOLIDATED);
      if (!sheet) return setLoaded({ ok: false, error: t('handoff.print.noSheet') });
      setLoaded({ ok: true, print: sheetPrint(sheet), fileName: book.fileName.replace(/\.xlsx$/, '.pdf') });
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
            <SheetPrintDoc p={ready.print} testId="consolidated-print-doc" />
          ) : (
            <p className="form-error">{ready.error}</p>
          )}
        </PrintView>
      )}
    </>
  );
}
