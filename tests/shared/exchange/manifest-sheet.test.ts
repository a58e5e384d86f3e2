// One module writes and reads "_manifest" for every file kind the app writes: the same layout (header row, key/value
// rows, payload parts), the same SHA-256 over the canonical payload, the same part limit when read back.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION } from '../../../shared/exchange/manifest';
import {
  hashPayload,
  type ManifestKind,
  MAX_PAYLOAD_PARTS,
  manifestSheet,
  parsePayload,
  readManifestSheet,
} from '../../../shared/exchange/manifest-sheet';
import { benchConsolidatedInput } from '../../../shared/verify/bench';
import {
  CONSOLIDATED_FORMAT,
  CONSOLIDATED_FORMAT_VERSION,
  exportConsolidated,
} from '../../../shared/verify/consolidated';
import { exportRemarks, REMARKS_FORMAT, REMARKS_FORMAT_VERSION } from '../../../shared/verify/remarks';
import { writeXlsx, BookBuilder } from '../../../shared/excel/xlsx-write';
import { communeFw, sampleInput } from './sample';
import { agreeAll, AT, giaPhongRemarks, ind, layer, sampleEntries } from '../verify/fixtures';

const read = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array' });

async function written(): Promise<{ kind: ManifestKind; bytes: Uint8Array }[]> {
  const entries = sampleEntries();
  const layers = agreeAll(communeFw, entries);
  layers.set('1.2', layer(ind('1.2'), entries[1]!, { verdict: 'request', remark: 'Bổ sung' }));
  const remarks = await exportRemarks(giaPhongRemarks(entries, layers, 'r-1'));
  return [
    {
      kind: { format: MANIFEST_FORMAT, version: MANIFEST_FORMAT_VERSION, what: 'tệp' },
      bytes: (await exportAssessment(sampleInput())).bytes,
    },
    { kind: { format: REMARKS_FORMAT, version: REMARKS_FORMAT_VERSION, what: 'tệp' }, bytes: remarks.bytes },
    {
      kind: { format: CONSOLIDATED_FORMAT, version: CONSOLIDATED_FORMAT_VERSION, what: 'tệp' },
      bytes: (await exportConsolidated(benchConsolidatedInput(communeFw, 2))).bytes,
    },
  ];
}

describe('the one _manifest module', () => {
  it('every kind the app writes has the same layout and the one hash over its payload', async () => {
    for (const { kind, bytes } of await written()) {
      const wb = read(bytes);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets._manifest!, { header: 1 });
      expect(rows[0]?.slice(0, 2)).toEqual(['khoa', 'gia_tri']);
      const sheet = readManifestSheet(wb, kind);
      if (!sheet.ok) throw new Error(`${kind.format}: ${sheet.error.message}`);
      expect(sheet.value.kv.get('format')).toBe(kind.format);
      expect(hashPayload(parsePayload(sheet.value.payloadJson))).toBe(sheet.value.kv.get('sha256'));
    }
  });

  it('reads back what it writes, and refuses more payload parts than its limit', async () => {
    const head: [string, string][] = [
      ['format', 'dti-desk/test'],
      ['formatVersion', '1'],
    ];
    const kind: ManifestKind = { format: 'dti-desk/test', version: 1, what: 'tệp thử' };
    const book = async (payload: unknown) => {
      const b = new BookBuilder();
      b.add('_manifest', manifestSheet(head, payload), true);
      return read(await writeXlsx(b.book('thử', new Date(AT))));
    };
    const small = readManifestSheet(await book({ a: 'Tiếng Việt' }), kind);
    expect(small.ok && parsePayload(small.value.payloadJson)).toEqual({ a: 'Tiếng Việt' });
    const huge = readManifestSheet(await book({ a: 'x'.repeat(8000 * MAX_PAYLOAD_PARTS + 1) }), kind);
    expect(huge.ok ? 'ok' : huge.error.kind).toBe('manifest-invalid');
  });
});
