// One good file of each outside kind, and the hostile files every kind must refuse with the door's message.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { exportAssessment } from '../../../shared/exchange/export';
import { frameworkToWorkbook } from '../../../shared/exchange/framework-workbook';
import { exportRemarks } from '../../../shared/verify/remarks';
import type { OutsideKind } from '../../../renderer/exchange/outside-kinds';
import { communeFw, sampleInput } from '../../shared/exchange/sample';
import { agreeAll, giaPhongRemarks, ind, layer, sampleEntries } from '../../shared/verify/fixtures';

/** A unit list of `n` communes (codes 14000…); uncompressed, 129 rows weigh about 30 kB. */
export function unitListBytes(n: number, compression = false): Uint8Array {
  const rows: string[][] = [['Mã', 'Tên']];
  for (let i = 0; i < n; i++) rows.push([String(14000 + i), `Xã Thử Nghiệm Số ${i + 1}`]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'DS');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression }) as ArrayBuffer);
}

/** A remarks file about Xã Gia Phong's 2025 assessment, with one request. */
async function remarksBytes(): Promise<Uint8Array> {
  const entries = sampleEntries();
  const layers = agreeAll(communeFw, entries);
  layers.set('1.2', layer(ind('1.2'), entries[1]!, { verdict: 'request', remark: 'Bổ sung biên bản' }));
  const out = await exportRemarks(giaPhongRemarks(entries, layers, 'r-1'));
  return out.bytes;
}

/** One good file of every kind. */
export async function goodFiles(): Promise<Record<OutsideKind, Uint8Array>> {
  return {
    assessment: (await exportAssessment(sampleInput())).bytes,
    remarks: await remarksBytes(),
    framework: frameworkToWorkbook(communeFw),
    'unit-list': unitListBytes(129),
  };
}

/** The corpus's zip bomb (20 MB of zeros in 21 kB) and 20 kB of random bytes. */
export function hostileFiles(): { name: string; bytes: Uint8Array }[] {
  const bomb = new Uint8Array(
    readFileSync(new URL('../../fixtures/exchange/hostile/bomb-ratio.xlsx', import.meta.url)),
  );
  const random = new Uint8Array(20 * 1024).map((_, i) => (i === 0 ? 0x13 : (i * 7919 + 17) % 251));
  return [
    { name: 'bomb-ratio.xlsx', bytes: bomb },
    { name: 'random-bytes.xlsx', bytes: random },
  ];
}
