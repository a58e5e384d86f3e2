import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type DragEvent } from 'react';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict } from '../../db/repositories/units';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { VerifyCommunePage } from './commune-page';
import { CommunesBoard } from './communes-board';
import { ImportPanel } from './import-panel';
import { PeriodPicker } from '../../components/period-picker';
import { readDropped, useImportFlow } from './use-import';

/** Thẩm tra: receive the communes' files (button or drag-and-drop) and see what was received from each commune. */
export function VerifyPage() {
  const period = useAppStore((s) => s.receivingPeriod);
  const ctx = useLiveQuery(async () => ({ district: await getDistrict(db), role: await getMeta(db, 'role') }));
  const flow = useImportFlow(period);
  const [dragging, setDragging] = useState(false);
  const verifying = useAppStore((s) => s.verifyAssessmentId);
  const openVerification = useAppStore((s) => s.openVerification);
  const t = useT();

  if (!ctx) return <p className="loading">{t('verify.loading')}</p>;
  if (!ctx.district) return <p className="placeholder">{t('verify.noUnit')}</p>;
  if (ctx.role?.kind === 'commune') return <p className="placeholder">{t('verify.communeMachine')}</p>;
  if (verifying) return <VerifyCommunePage key={verifying} assessmentId={verifying} />;

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const { files, refused, tooMany } = readDropped(e.dataTransfer.files);
    await flow.receive(files, refused, false, tooMany);
  };

  return (
    <div
      className={`verify-page${dragging ? ' dragging' : ''}`}
      data-testid="verify-page"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
        flow.prepare(); // the file readers start while the files are dragged over
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <PeriodPicker />
      <ImportPanel flow={flow} />
      {/* Hidden while committing: each file's transaction would re-run the board's live query (n files × n communes). */}
      {flow.state.kind !== 'committing' && (
        <CommunesBoard districtCode={ctx.district.code} period={period} onOpen={openVerification} />
      )}
    </div>
  );
}
