import { describe, expect, it } from 'vitest';
import { checkEvidenceDate } from '../../../../shared/entry/dates';
import { translate, type Language, type MessageKey } from '../../../../renderer/i18n';
import { evidenceDateProblem } from '../../../../renderer/features/entry/evidence-date';

const tr = (lang: Language) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(lang, key, params);
const year = { year: 2025, kind: 'year' } as const;

describe('evidenceDateProblem', () => {
  it('says in Vietnamese exactly what checkEvidenceDate says, for each of its cases', () => {
    for (const text of ['', '12/03/2025', 'mười hai', '31/02/2025', '01/01/2024', ' 5-7-2026 ']) {
      expect(evidenceDateProblem(tr('vi'), text, year), text).toBe(checkEvidenceDate(text, year));
    }
    const mid = { year: 2025, kind: 'mid-year' } as const;
    expect(evidenceDateProblem(tr('vi'), '01/08/2025', mid)).toBe(checkEvidenceDate('01/08/2025', mid));
  });

  it('says the same cases in English', () => {
    expect(evidenceDateProblem(tr('en'), '12/03/2025', year)).toBeNull();
    expect(evidenceDateProblem(tr('en'), 'abc', year)).toBe(
      '"abc" is not a valid date (write it as day/month/year, e.g. 12/03/2024).',
    );
    expect(evidenceDateProblem(tr('en'), '31/02/2025', year)).toBe('The date 31/02/2025 does not exist.');
    expect(evidenceDateProblem(tr('en'), '1/1/2024', year)).toBe(
      'The document date 01/01/2024 is outside the assessment period (01/01/2025 – 31/12/2025).',
    );
  });
});
