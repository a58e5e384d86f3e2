import { formPrint, type FormPrint } from '@shared/exchange/form-print';
import { slugVi } from '@shared/exchange/file-name';
import type { DtiDatabase } from '../../db/database';
import { getDocSettings } from '../../db/repositories/documents';
import { entriesOf } from '../../db/repositories/entries';
import { frameworkRowOf } from '../../db/repositories/frameworks';
import { receivingNameOf, SOME_PROVINCE } from '../../db/queries/receiving';

/** The printed Biểu mẫu 01 of an assessment, with its PDF file name; or a Vietnamese reason there is none. */
export type LoadedFormPrint = { ok: true; print: FormPrint; fileName: string } | { ok: false; error: string };

/**
 * Reads an assessment — a commune's own, the verifier's own, or a commune's file held by the verifier (its
 * statement as received) — with its unit, receiving unit, framework and the document settings (Cài đặt → Văn
 * bản), as printed at `at`. The receiving unit is the unit's parent (the district before 7/2025, the province
 * from 7/2025); the district's own form reports to its province (receivingNameOf), as the Excel file does.
 */
export async function loadFormPrint(db: DtiDatabase, assessmentId: string, at: number): Promise<LoadedFormPrint> {
  const a = await db.assessments.get(assessmentId);
  if (!a) return { ok: false, error: 'Không tìm thấy bản đánh giá.' };
  const [unit, fw, entries, settings] = await Promise.all([
    db.units.get(a.unitCode),
    frameworkRowOf(db, a),
    entriesOf(db, a.id),
    getDocSettings(db),
  ]);
  if (!fw)
    return { ok: false, error: `Máy này không có bộ chỉ số "${a.frameworkId}" phiên bản ${a.frameworkVersion}.` };
  const receivingName = (unit && (await receivingNameOf(db, unit))) ?? SOME_PROVINCE;
  const unitName = unit?.name ?? a.unitCode;
  const p = a.period.kind === 'year' ? String(a.period.year) : `${a.period.year}-6T`;
  return {
    ok: true,
    print: formPrint({
      framework: fw.framework,
      unitName,
      receivingName,
      period: a.period,
      info: a.info,
      entries: [...entries.values()],
      settings,
      at,
    }),
    fileName: `DTI_${p}_${slugVi(unitName)}_bieu-mau-01.pdf`,
  };
}
