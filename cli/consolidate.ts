/**
 * `dti-desk consolidate <folder> -o tong-hop.xlsx`: the consolidated workbook (shared/verify `exportConsolidated`,
 * the same builder as the app's hand-off) from the units' files of one district or province and one period. Files
 * carry the units' self-assessment only: every commune appears with its self-assessed figures and the state
 * "Đã nhận" (received, not verified), its verified columns empty — nothing is presented as verified that was not. Of several files of
 * one unit the highest revision is used.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { periodKey, periodLabel } from '@shared/entry/types';
import { formatViNumber } from '@shared/text';
import { type ConsolidatedCommune, exportConsolidated } from '@shared/verify';
import type { Framework } from '@shared/framework';
import type { FileCheck, GoodRead } from './check-file';
import { frameworkKey } from './frameworks';

/** What consolidating led to (printed, and in the JSON output). */
export type Consolidated =
  { ok: true; file: string; communes: number; message: string } | { ok: false; message: string };

function distinct<T>(reads: GoodRead[], key: (r: GoodRead) => string, label: (r: GoodRead) => T): T[] {
  const seen = new Map<string, T>();
  for (const r of reads) if (!seen.has(key(r))) seen.set(key(r), label(r));
  return [...seen.values()];
}

/** Builds and writes the workbook from the accepted files. */
export async function consolidate(
  accepted: readonly FileCheck[],
  frameworks: readonly Framework[],
  out: string,
  cwd = process.cwd(),
  appVersion = '0.0.0',
): Promise<Consolidated> {
  const reads = accepted.flatMap((c) => (c.read ? [c.read] : []));
  if (reads.length === 0) return { ok: false, message: 'Không có tệp hợp lệ nào để tổng hợp; không ghi tệp.' };
  const districts = distinct(
    reads,
    (r) => r.manifest.district.code,
    (r) => `${r.manifest.district.name} (mã ${r.manifest.district.code})`,
  );
  if (districts.length > 1)
    return {
      ok: false,
      message: `Các tệp thuộc nhiều đơn vị cấp trên khác nhau: ${districts.join(', ')}. Hãy tổng hợp từng thư mục riêng; không ghi tệp.`,
    };
  const periods = distinct(
    reads,
    (r) => periodKey(r.manifest.period),
    (r) => periodLabel(r.manifest.period),
  );
  if (periods.length > 1)
    return {
      ok: false,
      message: `Các tệp thuộc nhiều kỳ khác nhau: ${periods.join(', ')}. Hãy chọn kỳ bằng --ky; không ghi tệp.`,
    };
  const levels = distinct(
    reads,
    (r) => r.manifest.unit.type,
    (r) => r.manifest.unit.type,
  );
  if (levels.length > 1 || levels[0] !== 'commune')
    return {
      ok: false,
      message: 'Bảng tổng hợp chỉ lập từ tệp tự đánh giá của cấp xã; thư mục có tệp của cấp khác. Không ghi tệp.',
    };

  const best = new Map<string, GoodRead>();
  for (const r of reads) {
    const held = best.get(r.manifest.unit.code);
    if (!held || r.manifest.revision > held.manifest.revision) best.set(r.manifest.unit.code, r);
  }
  const fws = new Map(frameworks.map((f) => [frameworkKey(f.id, f.version), f]));
  const first = reads[0] as GoodRead;
  const communes: ConsolidatedCommune[] = [];
  for (const r of best.values()) {
    const framework = fws.get(frameworkKey(r.manifest.framework.id, r.manifest.framework.version));
    if (!framework) continue;
    communes.push({
      unit: { code: r.manifest.unit.code, name: r.manifest.unit.name },
      framework,
      info: r.info,
      entries: r.entries,
      layers: {},
      revision: r.manifest.revision,
      exportId: r.manifest.exportId,
      fileSha256: r.fileSha256,
    });
  }
  const now = Date.now();
  const book = await exportConsolidated({
    district: first.manifest.district,
    period: first.manifest.period,
    communes,
    team: [],
    exportId: randomUUID(),
    exportedAt: now,
    appVersion,
  });
  const file = resolve(cwd, out);
  await writeFile(file, book.bytes);
  const n = formatViNumber(communes.length);
  return {
    ok: true,
    file,
    communes: communes.length,
    message: `Đã ghi ${file}: tổng hợp ${n} xã (tự đánh giá, chưa thẩm tra).`,
  };
}
