import { periodKey, periodLabel } from '@shared/entry/types';
import { displayValue } from '@shared/exchange/form-layout';
import type { RemarksManifest } from '@shared/verify';
import type { DtiDatabase } from '../db/database';
import type { ReceivedRemarks } from '../db/types';
import { frameworkRowOf } from '../db/repositories/frameworks';
import { readOutsideFile } from './outside-read';

/** What receiving a remarks file led to; only 'stored' wrote anything. */
export type RemarksOutcome = { kind: 'stored'; remarks: ReceivedRemarks } | { kind: 'refused'; message: string };

/**
 * Stores the district's remarks on the commune's assessment in ONE transaction, after checking that the file is
 * about this very assessment (unit, period, framework version); any mismatch is refused with a message and
 * nothing changes. A file already received, or older than the one held, is refused too.
 */
export async function storeRemarks(
  db: DtiDatabase,
  assessmentId: string,
  m: RemarksManifest,
  fileName: string,
  now = Date.now(),
): Promise<RemarksOutcome> {
  return db.transaction('rw', [db.assessments, db.frameworks, db.units], async (): Promise<RemarksOutcome> => {
    const a = await db.assessments.get(assessmentId);
    if (!a) return { kind: 'refused', message: 'Bản đánh giá không còn trên máy.' };
    const unit = await db.units.get(a.unitCode);
    const refuse = (message: string): RemarksOutcome => ({
      kind: 'refused',
      message: `Không nhận tệp: ${message} Không có gì thay đổi.`,
    });
    if (m.unit.code !== a.unitCode) {
      return refuse(
        `tệp yêu cầu bổ sung dành cho ${m.unit.name} (mã ${m.unit.code}), không phải ${unit?.name ?? a.unitCode} (mã ${a.unitCode}).`,
      );
    }
    if (periodKey(m.period) !== a.periodKey) {
      return refuse(
        `tệp yêu cầu bổ sung thuộc kỳ ${periodLabel(m.period)}, bản đang mở là kỳ ${periodLabel(a.period)}.`,
      );
    }
    if (m.framework.id !== a.frameworkId || m.framework.version !== a.frameworkVersion) {
      return refuse(
        `tệp dùng bộ chỉ số ${m.framework.id} phiên bản ${m.framework.version}, bản đang mở dùng ${a.frameworkId} phiên bản ${a.frameworkVersion}.`,
      );
    }
    if (a.remarks?.exportId === m.exportId) return refuse('tệp này đã được nhập trước đây.');
    if (a.remarks && a.remarks.revision > m.revision) {
      return refuse(
        `máy đã có yêu cầu bổ sung mới hơn (về lần xuất ${a.remarks.revision}), tệp này về lần xuất ${m.revision}.`,
      );
    }
    const fw = (await frameworkRowOf(db, a))?.framework;
    const items = m.remarks.map((r) => {
      const ind = fw?.indicators.find((i) => i.code === r.code);
      const item: ReceivedRemarks['items'][number] = { code: r.code, verdict: r.verdict, remark: r.remark };
      if (r.verdict === 'adjust') item.verifiedValue = ind ? displayValue(ind, r.raw) : '';
      return item;
    });
    const remarks: ReceivedRemarks = { exportId: m.exportId, revision: m.revision, fileName, receivedAt: now, items };
    await db.assessments.update(assessmentId, { remarks });
    return { kind: 'stored', remarks };
  });
}

/** Reads a remarks file (off the page's thread, ./outside-read) and stores it on the assessment; never throws for a bad file. */
export async function importRemarksFile(
  db: DtiDatabase,
  assessmentId: string,
  bytes: Uint8Array,
  fileName: string,
  now = Date.now(),
): Promise<RemarksOutcome> {
  const read = await readOutsideFile('remarks', bytes, fileName);
  if (!read.ok) return { kind: 'refused', message: `Không nhận tệp: ${read.error.message}` };
  return storeRemarks(db, assessmentId, read.manifest, fileName, now);
}
