import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { useT } from '../../i18n';
import { FormPrintDoc } from './form-print-doc';
import { loadFormPrint } from './load-form-print';
import { DocSettingsHint, PrintView } from './print-view';

/**
 * "In / Lưu PDF" of an assessment: Biểu mẫu 01 for the chairman to sign and stamp, on a commune's machine as on
 * the verifier's (a received file prints as the commune sent it). The words of the header, the number and the
 * signers come from Cài đặt → Văn bản.
 */
export function FormPrintView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const t = useT();
  const [at] = useState(() => Date.now());
  const loaded = useLiveQuery(() => loadFormPrint(db, assessmentId, at), [assessmentId, at]);
  return (
    <PrintView
      label={t('comp.print.form.label')}
      testId="form-print-view"
      fileName={loaded?.ok ? loaded.fileName : 'bieu-mau-01.pdf'}
      backLabel={t('comp.print.form.back')}
      onClose={onClose}
      canPrint={loaded?.ok === true}
      tools={<DocSettingsHint />}
    >
      {!loaded && <p className="loading">{t('comp.print.loading')}</p>}
      {loaded && !loaded.ok && (
        <p className="form-error" lang="vi">
          {loaded.error}
        </p>
      )}
      {loaded?.ok && <FormPrintDoc p={loaded.print} />}
    </PrintView>
  );
}
