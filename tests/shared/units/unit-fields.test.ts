import { describe, expect, it } from 'vitest';
import { checkTypedUnits } from '../../../shared/units/unit-fields';

describe('the first-run units typed by hand', () => {
  it('gives every field’s error at once, each naming its field', () => {
    const r = checkTypedUnits({ rCode: '', rName: '  ', cCode: '14 524', cName: '' }, true, 'huyện');
    expect(r).toEqual({
      ok: false,
      errors: {
        rCode: 'Nhập mã huyện.',
        rName: 'Nhập tên huyện.',
        cCode: 'Mã xã "14 524" không hợp lệ (chỉ gồm chữ số, chữ cái không dấu, tối đa 20 ký tự).',
        cName: 'Nhập tên xã.',
      },
    });
  });

  it('ignores the commune fields on a verifier machine and returns the units, spaces tidied', () => {
    expect(checkTypedUnits({ rCode: ' 37 ', rName: 'Tỉnh  Ninh Bình', cCode: '', cName: '' }, false, 'tỉnh')).toEqual({
      ok: true,
      receiving: { code: '37', name: 'Tỉnh Ninh Bình' },
    });
    expect(
      checkTypedUnits({ rCode: '373', rName: 'Huyện Gia Viễn', cCode: '14524', cName: 'Xã Gia Phong' }, true, 'huyện'),
    ).toEqual({
      ok: true,
      receiving: { code: '373', name: 'Huyện Gia Viễn' },
      commune: { code: '14524', name: 'Xã Gia Phong' },
    });
  });

  it('refuses a name over 120 characters beside the name', () => {
    const r = checkTypedUnits({ rCode: '37', rName: 'x'.repeat(121), cCode: '', cName: '' }, false, 'tỉnh');
    expect(r).toEqual({ ok: false, errors: { rName: 'Tên tỉnh quá dài (tối đa 120 ký tự).' } });
  });
});
