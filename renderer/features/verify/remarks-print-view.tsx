import { storageErrorMessage } from '@shared/storage/full';
import { sheetPrint, type SheetPrint } from '@shared/excel/sheet-print';
import { slugVi } from '@shared/exchange/file-name';
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { PrintView } from '../../components/print/print-view';
import { SheetPrintDoc } from '../../components/print/sheet-print-doc';
import { remarksInputOf } from '../../exchange/remarks-export';

type Loaded = { ok: true; print: SheetPrint; fileName: string } | { ok: false; error: string };

/**
 * "In / Lưu PDF" of the remarks letter (công văn from the verifier to the commune): the sheet the remarks file
 * carries, as the copy that is signed and stamped; number, place and signer from Cài đặt → Văn bản.
 */
export function RemarksPrintView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    let live = true;
    // The remarks module is loaded with the export, not with the page (as the "Xuất tệp" button does).
    Promise.all([remarksInputOf(db, assessmentId, __APP_VERSION__), import('@shared/verify/remarks')])
      .then(([input, { remarksSheet }]): Loaded => {
        const p = input.period.kind === 'year' ? String(input.period.year) : `${input.period.year}-6T`;
        return {
          ok: true,
          print: sheetPrint(remarksSheet(input)),
          fileName: `DTI_${p}_${slugVi(input.unit.name)}_yeu-cau-bo-sung.pdf`,
        };
      })
      .catch((e: unknown): Loaded => ({ ok: false, error: `Chưa in được: ${storageErrorMessage(e)}` }))
      .then((x) => live && setLoaded(x));
    return () => {
      live = false;
    };
  }, [assessmentId]);
  return (
    <PrintView
      label="Công văn yêu cầu bổ sung — bản in"
      testId="remarks-print-view"
      fileName={loaded?.ok ? loaded.fileName : 'yeu-cau-bo-sung.pdf'}
      backLabel="← Quay lại xã"
      onClose={onClose}
      canPrint={loaded?.ok === true}
      tools={<span className="muted">Số văn bản, địa danh và người ký: Cài đặt → Văn bản. Khổ A4 ngang.</span>}
    >
      {!loaded && <p className="loading">Đang tải…</p>}
      {loaded && !loaded.ok && <p className="form-error">{loaded.error}</p>}
      {loaded?.ok && <SheetPrintDoc p={loaded.print} testId="remarks-print-doc" />}
    </PrintView>
  );
}
