// What the entry and verify screens say about a value, said in English: the messages are made by the real shared/
// functions (./shared-messages.ts), recognised by their Vietnamese template in areas/shared-values.ts and said again
// in English. A message shared/ gives that no template lists fails here, and so does a new Vietnamese text in those
// files (read from their source) that no template holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEvidenceDate } from '../../../shared/entry/dates';
import { parseViNumber } from '../../../shared/text/numbers';
import { sharedValuesEn, sharedValuesVi } from '../../../renderer/i18n/areas/shared-values';
import { sharedParts, sharedText } from '../../../renderer/i18n/shared-text';
import { literalPieces } from './literals';
import { levelLabels, made, VIETNAMESE } from './shared-messages';

/** A template's text as a pattern, {placeholders} matching anything. */
const pattern = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\w+\}/)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?')}$`,
    's',
  );

describe('shared value messages in English', () => {
  it('are made in number enough to mean something', () => {
    if (process.env.DUMP) {
      const seen = new Set<string>();
      for (const m of made.keys()) {
        const e = sharedText(m, 'en');
        const k = e.replace(/\d[\d.,]*/g, '#');
        if (!seen.has(k)) {
          seen.add(k);
          console.log(m + '\n   => ' + e);
        }
      }
    }
    expect(made.size).toBeGreaterThan(60);
  });

  it('says every message in English, with only the catalogues’ level names left in Vietnamese', () => {
    for (const [message, from] of made) {
      expect(sharedText(message, 'vi'), from).toBe(message);
      const en = sharedText(message, 'en');
      expect(en, `${from}: ${message}`).not.toBe(message);
      expect(en, `${from}: ${message}`).not.toMatch(/\{\w+\}/);
      const chrome = levelLabels.reduce((s, label) => s.split(label).join('…'), en);
      expect(chrome, `${from}: ${message} → ${en}`).not.toMatch(VIETNAMESE);
    }
  });

  it('lists no template that shared/ does not make (each is its words exactly)', () => {
    const messages = [...made.keys()];
    const unused = Object.entries(sharedValuesVi).filter(
      ([, text]) => !messages.some((m) => pattern(text).test(m) || (!text.includes('{') && m.includes(text))),
    );
    expect(unused.map(([key]) => key)).toEqual([]);
  });

  it('says the figures and data a message names', () => {
    const sentence = [...made.keys()].find((m) => m.endsWith('chỉ số không áp dụng') && m.includes('chưa nhập'))!;
    expect(sharedText(sentence, 'en')).toBe(
      '30/72 indicators completed or basically completed, 10/72 with low completion or not done, 12/72 not entered, 3/72 not applicable',
    );
    expect(sharedText('Giá trị không hợp lệ: Tử số và mẫu số phải là số không âm.', 'en')).toBe(
      'Value not valid: The numerator and denominator must be numbers, zero or more.',
    );
    expect(sharedText('Tỷ lệ 120% lớn hơn 100%; chỉ được tính tối đa 100%.', 'en')).toBe(
      'The rate 120% is over 100%; at most 100% counts.',
    );
    expect(sharedText('v = 120% → tính tối đa 1 × 25 = 25 điểm', 'en')).toBe('v = 120% → capped at 1 × 25 = 25 pts');
    const typed = parseViNumber('12 %');
    expect(typed.ok ? '' : sharedText(typed.error, 'en')).toBe(
      '"12 %" is not a valid number (valid examples: 12; 71,79; 2.416; 1.234,5).',
    );
  });

  it('says the evidence date checks in English', () => {
    const year = { year: 2025, kind: 'year' } as const;
    const en = (d: string) => sharedText(checkEvidenceDate(d, year) ?? '', 'en');
    expect(en('abc')).toBe('"abc" is not a valid date (write it as day/month/year, e.g. 12/03/2024).');
    expect(en('31/02/2025')).toBe('The date 31/02/2025 does not exist.');
    expect(en('1/1/2024')).toBe(
      'The document date 01/01/2024 is outside the assessment period (01/01/2025 – 31/12/2025).',
    );
  });

  it('keeps what a message names in Vietnamese apart, to be marked lang="vi"', () => {
    const typed = parseViNumber('mười hai');
    expect(typed.ok ? [] : sharedParts(typed.error, 'en')).toEqual([
      { text: '"', vi: false },
      { text: 'mười hai', vi: true },
      { text: '" is not a valid number (valid examples: 12; 71,79; 2.416; 1.234,5).', vi: false },
    ]);
    const level = [...made.keys()].find((m) => m.startsWith('Mức: '))!;
    const parts = sharedParts(level, 'en');
    expect(parts[0]).toEqual({ text: 'Level: ', vi: false });
    expect(parts[1]?.vi).toBe(true);
    expect(levelLabels).toContain(parts[1]?.text);
    expect(parts.slice(2).every((p) => !p.vi && !VIETNAMESE.test(p.text))).toBe(true);
    expect(sharedParts('Một lý do khác.', 'en')).toEqual([{ text: 'Một lý do khác.', vi: true }]);
    expect(sharedParts(typed.ok ? '' : typed.error, 'vi')).toEqual([{ text: typed.ok ? '' : typed.error, vi: true }]);
  });

  it('holds every Vietnamese text of the shared files that make these messages', () => {
    const files = [
      'text/numbers.ts',
      'entry/raw.ts',
      'entry/dates.ts',
      'entry/export-check.ts',
      'scoring/score-indicator.ts',
      'scoring/sentence.ts',
      'verify/verdict.ts',
    ];
    const templates = [...Object.values(sharedValuesVi)];
    for (const file of files) {
      const source = readFileSync(fileURLToPath(new URL(`../../../shared/${file}`, import.meta.url)), 'utf8');
      for (const piece of literalPieces(source).filter((p) => VIETNAMESE.test(p)))
        expect(
          templates.some((t) => t.includes(piece)),
          `${file}: "${piece}"`,
        ).toBe(true);
    }
  });

  it('has an English text for every template, with the same placeholders', () => {
    for (const [key, vi] of Object.entries(sharedValuesVi)) {
      const en = sharedValuesEn[key as keyof typeof sharedValuesVi];
      const names = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
      expect(names(en), key).toEqual(names(vi));
    }
  });
});
