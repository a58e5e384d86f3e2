import { describe, expect, it } from 'vitest';
import type { AssessmentRow, EntryRow, UnitRow } from '../../../../renderer/db/types';
import { boardRows, filterRows, sortRows, type BoardRow } from '../../../../renderer/features/verify/board-rows';
import { communeLine } from '../../../../renderer/db/queries/commune-lines';
import { communeFw, entry, ind, layer, plainEntries } from '../../../shared/verify/fixtures';

const unit = (code: string, name: string): UnitRow => ({
  code,
  name,
  type: 'commune',
  parentCode: '373',
  createdAt: 0,
});
const assessment = (unitCode: string, revision: number, importedAt: number): AssessmentRow => ({
  id: `a-${unitCode}`,
  unitCode,
  period: { year: 2025, kind: 'year' },
  periodKey: '2025',
  frameworkId: communeFw.id,
  frameworkVersion: communeFw.version,
  status: 'exported',
  info: {
    address: '',
    civilServants: '',
    enterprises: '',
    population: '',
    contactName: '',
    contactPosition: '',
    contactPhone: '',
    contactEmail: '',
  },
  revision,
  imported: { exportId: 'x', revision, fileName: 'f.xlsx', sha256: '0', importedAt },
  createdAt: 0,
  updatedAt: 0,
});
const rows = (entries: ReturnType<typeof plainEntries>, id: string): EntryRow[] =>
  entries.map((e) => ({ ...e, assessmentId: id, updatedAt: 0 }));

/** Five communes, one in each board state. */
function fiveLines() {
  const e = plainEntries();
  const all = (verdict: 'agree' | 'request', except?: string) =>
    rows(e, 'x').map((r) => ({
      ...r,
      verified: layer(
        ind(r.code),
        r,
        r.code === except
          ? { verdict: 'request', remark: 'Bổ sung văn bản.' }
          : verdict === 'agree'
            ? { verdict: 'agree', at: 2_000 }
            : { verdict: 'request', remark: 'Bổ sung.' },
      ),
    }));
  const some = rows(e, 'x').map((r, i) =>
    i === 0 ? { ...r, verified: layer(ind(r.code), r, { verdict: 'agree', at: 5_000 }) } : r,
  );
  return [
    communeLine(unit('14758', 'Xã Gia Phong'), undefined, null, []),
    communeLine(unit('14761', 'Xã Gia Trung'), assessment('14761', 2, 1_000), communeFw, rows(e, 'a')),
    communeLine(unit('14764', 'Xã Đại Hoàng'), assessment('14764', 1, 1_000), communeFw, some),
    communeLine(unit('14767', 'Xã Ân Thi'), assessment('14767', 3, 1_000), communeFw, all('agree', e[0]?.code)),
    communeLine(unit('14770', 'Xã Gia Hưng'), assessment('14770', 1, 1_000), communeFw, all('agree')),
  ];
}

const names = (r: BoardRow[]) => r.map((x) => x.unitName);

describe('verification board rows', () => {
  it('gives each commune its state, revision, figures twice and last activity', () => {
    const r = boardRows(fiveLines());
    expect(r.map((x) => x.state)).toEqual(['chua-nhan', 'da-nhan', 'dang-tham-tra', 'yeu-cau-bo-sung', 'da-tham-tra']);
    expect(r[0]).toMatchObject({
      revision: null,
      selfPoints: null,
      verifiedPoints: null,
      assessmentId: undefined,
      hasVerdicts: false,
      lastActivity: null,
    });
    expect(r[1]).toMatchObject({
      revision: 2,
      total: 50,
      verifiedPoints: null,
      hasVerdicts: false,
      lastActivity: 1_000,
    });
    expect(r[2]).toMatchObject({ hasVerdicts: true, lastActivity: 5_000 });
    const done = r[4] as BoardRow;
    expect(done.verifiedPoints).toBe(done.selfPoints);
    expect(done.verifiedCompleted).toBe(done.selfCompleted);
    expect(done.lastActivity).toBe(2_000);
  });

  it('sorts names in Vietnamese order (Â/Ă/Đ after their base letter), both ways', () => {
    const r = boardRows(fiveLines());
    expect(names(sortRows(r, { key: 'name', dir: 'asc' }))).toEqual([
      'Xã Ân Thi',
      'Xã Đại Hoàng',
      'Xã Gia Hưng',
      'Xã Gia Phong',
      'Xã Gia Trung',
    ]);
    expect(names(sortRows(r, { key: 'name', dir: 'desc' }))[0]).toBe('Xã Gia Trung');
  });

  it('sorts by state in workflow order and keeps empty figures last in both directions', () => {
    const r = boardRows(fiveLines());
    expect(sortRows(r, { key: 'state', dir: 'desc' }).map((x) => x.state)[0]).toBe('da-tham-tra');
    expect(names(sortRows(r, { key: 'revision', dir: 'desc' }))).toEqual([
      'Xã Ân Thi',
      'Xã Gia Trung',
      'Xã Đại Hoàng',
      'Xã Gia Hưng',
      'Xã Gia Phong',
    ]);
    expect(sortRows(r, { key: 'verifiedPoints', dir: 'asc' }).at(-1)?.verifiedPoints).toBeNull();
    expect(sortRows(r, { key: 'verifiedPoints', dir: 'desc' }).at(-1)?.verifiedPoints).toBeNull();
  });

  it('filters by state and by name without diacritics (đ → d)', () => {
    const r = boardRows(fiveLines());
    expect(names(filterRows(r, { state: 'all', query: 'dai hoang' }))).toEqual(['Xã Đại Hoàng']);
    expect(names(filterRows(r, { state: 'all', query: 'GIA' }))).toHaveLength(3);
    expect(names(filterRows(r, { state: 'yeu-cau-bo-sung', query: '' }))).toEqual(['Xã Ân Thi']);
    expect(filterRows(r, { state: 'da-tham-tra', query: 'phong' })).toEqual([]);
    expect(names(filterRows(r, { state: 'all', query: '14761' }))).toEqual(['Xã Gia Trung']);
  });

  it('reads a decomposed (NFD) query the same as a composed one', () => {
    const r = boardRows(fiveLines());
    expect(names(filterRows(r, { state: 'all', query: 'Đại Hoàng'.normalize('NFD') }))).toEqual(['Xã Đại Hoàng']);
  });
});

// Keeps the fixture helper honest: an entry with no verdict stays open.
it('an entry without a layer leaves the commune Đã nhận', () => {
  const line = communeLine(
    unit('1', 'Xã A'),
    assessment('1', 1, 1),
    communeFw,
    rows([entry(communeFw.indicators[0]?.code ?? '', {})], 'a'),
  );
  expect(line.state).toBe('da-nhan');
});
