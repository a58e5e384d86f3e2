import { nfc } from '@shared/text/normalize';
import type { OfficialListId } from '@shared/units/official';
import type { DtiDatabase } from '../database';
import type { HistoryRow, UnitRow } from '../types';
import { appendHistory } from './history';
import { getMeta } from './meta';

/** A correction in Cài đặt: the machine's receiving unit and, on a commune's machine, its own unit. */
export interface UnitCorrection {
  list: OfficialListId;
  receiving: UnitRow;
  /** The commune machine's own unit; absent on the verifier's machine. */
  own?: UnitRow;
}

/** What a correction changes, for the confirmation: one sentence per change and the assessments carried over. */
export interface CorrectionPlan {
  changes: { field: 'unit' | 'parent'; old: string; new: string }[];
  /** Assessments kept and moved to the corrected unit (their entries, verification and history untouched). */
  moved: number;
}

const label = (u: Pick<UnitRow, 'name' | 'code'>) => `${u.name} (mã ${u.code})`;

type Checked = { ok: true; plan: CorrectionPlan; own?: UnitRow; receiving: UnitRow } | { ok: false; message: string };

/**
 * Reads what a correction is checked against. Inside a transaction every await is a Dexie request made on every
 * path: a native async step that sometimes awaits nothing (a conditional `await`, a helper that returns early)
 * lets Dexie's zone lose the transaction in Chromium, which then commits early (PrematureCommitError; seen in CI
 * as the plan that never appeared). So the units are read once and the rest is computed without awaiting.
 */
async function check(db: DtiDatabase, c: UnitCorrection): Promise<Checked> {
  const role = await getMeta(db, 'role');
  const units = await db.units.toArray();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const receiving = units.find((u) => u.type === 'district' || u.type === 'province');
  const commune = role?.kind === 'commune';
  const own = commune ? byCode.get(role.communeCode) : undefined;
  // The unit whose assessments move: the commune's own, or the verifier's self-assessment (district only).
  const from = own ?? receiving;
  const to = c.own ?? c.receiving;
  const count = await db.assessments
    .where('unitCode')
    .equals(from?.code ?? '')
    .count();
  if (!receiving) return { ok: false, message: 'Máy này chưa được thiết lập.' };
  if (commune && (!own || !c.own)) return { ok: false, message: 'Hãy chọn xã của máy này.' };
  if (!commune && c.own) return { ok: false, message: 'Máy của đơn vị thẩm tra không có xã riêng.' };
  const changes: CorrectionPlan['changes'] = [];
  if (own && c.own && (own.code !== c.own.code || own.name !== nfc(c.own.name)))
    changes.push({ field: 'unit', old: label(own), new: label(c.own) });
  if (receiving.code !== c.receiving.code || receiving.name !== nfc(c.receiving.name))
    changes.push({ field: 'parent', old: label(receiving), new: label(c.receiving) });
  if (!changes.length) return { ok: false, message: 'Đơn vị đã chọn trùng với đơn vị hiện tại, không có gì để sửa.' };

  // A code already held by another unit of this machine would merge two units' data: refused.
  const taken = (code: string, ...allowed: string[]) => !allowed.includes(code) && byCode.has(code);
  if (c.own && own && taken(c.own.code, own.code))
    return { ok: false, message: `Mã ${c.own.code} đã là một đơn vị khác trên máy này; không sửa được.` };
  if (taken(c.receiving.code, receiving.code))
    return { ok: false, message: `Mã ${c.receiving.code} đã là một đơn vị khác trên máy này; không sửa được.` };

  const moved = from && from.code !== to.code ? count : 0;
  if (!own && moved > 0 && c.receiving.type === 'province')
    return {
      ok: false,
      message: `${receiving.name} có ${moved} bản tự đánh giá; cấp tỉnh không tự đánh giá nên không đổi thành ${c.receiving.name} được (dữ liệu được giữ nguyên).`,
    };
  return { ok: true, plan: { changes, moved }, own, receiving };
}

/** What `applyCorrection` would change, or why it is refused; changes nothing. */
export async function planCorrection(
  db: DtiDatabase,
  c: UnitCorrection,
): Promise<{ ok: true; plan: CorrectionPlan } | { ok: false; message: string }> {
  const r = await db.transaction('r', db.units, db.meta, db.assessments, () => check(db, c));
  return r.ok ? { ok: true, plan: r.plan } : r;
}

/**
 * Corrects the machine's units in one transaction: the receiving unit (and every commune under it) and the
 * commune's own unit are replaced, the assessments follow the corrected unit with their entries, verification
 * and history as they were, and each change is written to the history (of every moved assessment, and once for
 * the machine: assessmentId ''). Checked again inside the transaction; nothing is written when refused.
 */
export async function applyCorrection(
  db: DtiDatabase,
  c: UnitCorrection,
): Promise<{ ok: true; plan: CorrectionPlan } | { ok: false; message: string }> {
  return db.transaction('rw', [db.units, db.meta, db.assessments, db.historyBooks], async () => {
    const r = await check(db, c);
    if (!r.ok) return r;
    const now = Date.now();
    const receiving: UnitRow = {
      ...c.receiving,
      name: nfc(c.receiving.name),
      parentCode: '',
      list: c.list,
      createdAt: r.receiving.createdAt,
    };
    if (r.receiving.code !== receiving.code) {
      await db.units.where('parentCode').equals(r.receiving.code).modify({ parentCode: receiving.code });
      await db.units.delete(r.receiving.code);
    }
    await db.units.put(receiving);
    const from = r.own ?? r.receiving;
    let to = receiving;
    if (r.own && c.own) {
      to = { ...c.own, name: nfc(c.own.name), parentCode: receiving.code, list: c.list, createdAt: r.own.createdAt };
      if (r.own.code !== to.code) await db.units.delete(r.own.code);
      await db.units.put(to);
      await db.meta.put({ key: 'role', value: { kind: 'commune', communeCode: to.code } });
    } else {
      await db.meta.put({ key: 'role', value: { kind: receiving.type === 'province' ? 'province' : 'district' } });
    }
    const ids = (await db.assessments.where('unitCode').equals(from.code).primaryKeys()) as string[];
    if (from.code !== to.code) await db.assessments.where('unitCode').equals(from.code).modify({ unitCode: to.code });
    const lines: HistoryRow[] = [];
    for (const assessmentId of ['', ...ids])
      for (const ch of r.plan.changes) lines.push({ assessmentId, code: '', ...ch, at: now });
    await appendHistory(db, lines);
    return { ok: true, plan: r.plan };
  });
}
