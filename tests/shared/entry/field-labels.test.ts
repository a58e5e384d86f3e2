import { describe, expect, it } from 'vitest';
import { fieldLabel, INFO_LABELS, NOTE_LABEL, RAW_LABELS, SHOWN_LABELS } from '../../../shared/entry/field-labels';
import { GENERAL_INFO_FIELDS } from '../../../shared/entry/types';
import { FORM_COLUMNS } from '../../../shared/exchange/form-layout';

describe('field labels, defined once', () => {
  it('names stored keys as history and conflicts show them', () => {
    expect(fieldLabel('raw.numerator')).toBe('Tử số a');
    expect(fieldLabel('raw.declared')).toBe('Số liệu kê khai');
    expect(fieldLabel('evidence.docDate')).toBe('Ngày văn bản');
    expect(fieldLabel('info.population')).toBe('Dân số');
    expect(fieldLabel('note')).toBe('Giải trình');
    expect(fieldLabel('display')).toBe('Số liệu');
    expect(fieldLabel('info.unknown')).toBe('info.unknown');
  });

  it('covers every Thông tin chung field, in the form’s order', () => {
    expect(INFO_LABELS.map(([f]) => f)).toEqual([...GENERAL_INFO_FIELDS]);
  });

  it('is what the Excel form’s human columns are headed with', () => {
    const header = (f: string) => FORM_COLUMNS.find((c) => c.field === f)?.header;
    for (const [f, label] of Object.entries(SHOWN_LABELS)) expect(header(f)).toBe(label);
    expect(header('note')).toBe(NOTE_LABEL);
    // Machine columns keep the header the file format was first written with (older files must still read).
    expect(header('points')).toBe('Điểm nhập (máy đọc)');
    expect(RAW_LABELS.points).toBe('Điểm tự chấm');
  });
});
