import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS, fieldLabel, INFO_LABELS, NOTE_LABEL, RAW_LABELS } from '../../../shared/entry/field-labels';
import { fieldName } from '../../../renderer/components/field-name';

describe('fieldName', () => {
  it('says in Vietnamese exactly what fieldLabel says, for every field an officer fills', () => {
    const keys = [
      ...Object.keys(RAW_LABELS).map((k) => `raw.${k}`),
      ...Object.keys(EVIDENCE_LABELS).map((k) => `evidence.${k}`),
      ...INFO_LABELS.map(([k]) => `info.${k}`),
      'note',
    ];
    for (const key of keys) expect(fieldName('vi', key), key).toBe(fieldLabel(key));
    expect(fieldName('vi', 'note')).toBe(NOTE_LABEL);
  });

  it('names the fields in English, and falls back to the Vietnamese label for a field it does not know', () => {
    expect(fieldName('en', 'raw.numerator')).toBe('Numerator a');
    expect(fieldName('en', 'evidence.docDate')).toBe('Document date');
    expect(fieldName('en', 'info.population')).toBe('Population');
    expect(fieldName('en', 'note')).toBe('Explanation');
    expect(fieldName('en', 'info.unknown')).toBe('info.unknown');
  });
});
