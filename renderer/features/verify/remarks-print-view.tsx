import { storageErrorMessage } from '@shared/storage/full';
import { sheetPrint, type SheetPrint } from '@shared/excel/sheet-print';
import { slugVi } from '@shared/exchange/file-name';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { DocSettingsHint, PrintView } from '../../components/print/print-view';
import { SheetPrintDoc } from '../../components/print/sheet-print-doc';
import { remarksInputOf } from '../../exchange/remarks-export';
import { useT } from '../../i18n';

type Loaded = { ok: true; print: SheetPrint; fileName: string } | { ok: false; error: string };

/** The printed remarks sheet of an assessment as at `at`, with its PDF file name; or why it cannot be printed. */
async function loadRemarksPrint(assessmentId: string, at: number): Promise<Loaded> {
  try {
    const input = await remarksInputOf(db, assessmentId, __APP_VERSION__, at);
    // The remarks module is loaded with the export, not with the page (as the "Xuất tệp" button does).
    const { remarksSheet } = await import('@shared/verify/remarks');
    const p = input.period.kind === 'year' ? String(input.period.year) : `${input.period.year}-6T`;
    return {
      ok: true,
      print: sheetPrint(remarksSheet(input)),
      fileName: `DTI_${p}_${slugVi(input.unit.name)}_yeu-cau-bo-sung.pdf`,
    };
  } catch (e) {
    return { ok: false, error: storageErrorMessage(e) };
  }
}

/**
 * "In / Lưu PDF" of the remarks letter (công văn from the verifier to the commune): the sheet the remarks file
 * carries, as the copy that is signed and stamped; number, place and signer from Cài đặt → Văn bản. Read live,
 * as Biểu mẫu 01's print view is, so a change in Cài đặt shows without reopening.
 */
export function RemarksPrintView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const [at] = useState(() => Date.now());
  const t = useT();
  const loaded = useLiveQuery(() => loadRemarksPrint(assessmentId, at), [assessmentId, at]);
  return (
    <PrintView
      label={t('verify.remarks.printLabel')}
      testId="remarks-print-view"
      fileName={loaded?.ok ? loaded.fileName : 'yeu-cau-bo-sung.pdf'}
      backLabel={t('verify.remarks.printBack')}
      onClose={onClose}
      canPrint={loaded?.ok === true}
      tools={<DocSettingsHint />}
    >
      {!loaded && <p className="loading">{t('verify.loading')}</p>}
      {loaded && !loaded.ok && (
        <p className="form-error">{t('verify.remarks.printFailed', { reason: loaded.error })}</p>
      )}
      {loaded?.ok && <SheetPrintDoc p={loaded.print} testId="remarks-print-doc" />}
    </PrintView>
  );
}
