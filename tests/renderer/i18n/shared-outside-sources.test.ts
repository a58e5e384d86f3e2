// Every message the outside-file code can give has an English template: each Vietnamese string in these sources
// (its fixed parts, between the values it names) must be part of a template of areas/shared-outside.ts or
// areas/refusals.ts. A message added to shared without a template fails here, even before a test makes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusalsVi } from '../../../renderer/i18n/areas/refusals';
import { sharedOutsideEn, sharedOutsideVi } from '../../../renderer/i18n/areas/shared-outside';
import { sharedText } from '../../../renderer/i18n/shared-text';
import { VIETNAMESE } from './english';

/** The sources, each with the Vietnamese strings it holds that no screen shows (documents, machine cells, details). */
const SOURCES: Record<string, readonly string[]> = {
  'shared/framework/assemble.ts': [],
  'shared/framework/catalog.ts': [],
  'shared/framework/check-rule.ts': [],
  'shared/framework/csv.ts': [],
  'shared/framework/errors.ts': [],
  'shared/framework/meta.ts': [],
  'shared/framework/read-row.ts': [],
  'shared/framework/scoring-rule.ts': [],
  'shared/framework/validate.ts': [],
  'shared/exchange/framework-workbook.ts': [],
  'shared/excel/sheet-grid.ts': [],
  'shared/exchange/guarded-read.ts': [],
  'shared/exchange/read-limits.ts': [],
  'shared/units/unit-list.ts': [],
  // Where a unit's own check failed after its fields passed (cannot happen: the same checks ran first).
  'shared/units/unit-fields.ts': ['Xã'],
  'shared/units/unit-sheet.ts': [],
  'shared/exchange/setup-package.ts': [
    // The sheet's labels and note: the package is a document.
    'Loại tệp',
    'Phiên bản định dạng',
    'Danh mục đơn vị hành chính (2024: trước 1/7/2025; 2025: từ 1/7/2025)',
    'Mã đơn vị nhận tệp của xã',
    'Tên đơn vị nhận tệp của xã',
    'Cấp của đơn vị nhận (district: huyện; province: tỉnh)',
    'Bộ chỉ số cấp xã đang áp dụng',
    'Phiên bản bộ chỉ số',
    'Dấu kiểm nội dung bộ chỉ số',
    'Thời điểm lập gói',
    'Gói thiết lập cho xã của ${p.receiving.name}: mở tệp này ở lần chạy đầu của DTI Desk trên máy của xã.',
  ],
  'shared/exchange/context.ts': [],
  'shared/exchange/manifest-sheet.ts': [
    // A machine cell, and the details of a broken manifest (kept beside the refusal, never shown).
    'Dữ liệu máy đọc của DTI Desk — không sửa trang này.',
    'khóa "${key.slice(0, 40)}" lặp lại ở dòng ${row}',
    'thiếu hoặc sai "${key}"',
    '"${key}" không hợp lệ',
    'formatVersion không hợp lệ',
    'thiếu phần dữ liệu ${i}/${parts}',
    'dữ liệu không hợp lệ',
    'JSON dữ liệu không hợp lệ',
  ],
  'shared/verify/remarks-read.ts': [
    '${what} không phải chuỗi',
    '${what} dài quá ${max} ký tự',
    'mã chỉ số của mục ${i + 1} không hợp lệ',
    'kết luận của chỉ số ${code} không hợp lệ',
    'thời điểm của chỉ số ${code} không hợp lệ',
    'danh sách nhận xét không hợp lệ',
    'mã chỉ số lặp lại',
    'periodKind không hợp lệ',
    'sha256 không hợp lệ',
    'dữ liệu không hợp lệ',
  ],
  'renderer/exchange/remarks-import.ts': [],
  'renderer/db/repositories/setup-package.ts': [],
  'renderer/db/repositories/imports.ts': [],
  // The file kind the browser's own picker names.
  'renderer/platform/browser.ts': ['Tệp sao lưu DTI Desk'],
};

/** The string literals of a source, comments left out ('…' and `…`, whose ${…} stay as written). */
function literals(source: string): string[] {
  const code = source
    .split('\n')
    .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l))
    .map((l) => l.replace(/\s\/\/ .*$/, ''))
    .join('\n');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$\{[^}]*\}|\$(?!\{))*`/g)].map((m) =>
    m[0].slice(1, -1),
  );
}

/** Quoted names emptied ("ChiSo" → ""): a template names them with a placeholder, a source may write them. */
const unquoted = (s: string) => s.replace(/"[^"]*"/g, '""');
const fixedParts = [...Object.values(sharedOutsideVi), ...Object.values(refusalsVi)].flatMap((t) =>
  unquoted(t).split(/\{\w+\}/),
);
/** A part of a literal some template holds; a whole literal may also be a message said in English as it is. */
const listed = (part: string) => fixedParts.some((f) => f.includes(unquoted(part)));

describe('every Vietnamese message of the outside-file code has a template', () => {
  for (const [file, ignored] of Object.entries(SOURCES)) {
    it(file, () => {
      const said = literals(readFileSync(file, 'utf8')).filter(
        (s) => VIETNAMESE.test(s) && !ignored.includes(s) && sharedText(s, 'en') === s,
      );
      const missing = said.flatMap((s) =>
        s
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/^[\s:,.;()"]+|[\s:,;("]+$/g, ''))
          .filter((part) => VIETNAMESE.test(part) && !listed(part))
          .map((part) => `${part}   ← ${s}`),
      );
      expect(missing).toEqual([]);
    });
  }
});

describe('the English of areas/shared-outside.ts', () => {
  it('has no Vietnamese word but the one a choice label is written with, and names what the Vietnamese names', () => {
    for (const [key, en] of Object.entries(sharedOutsideEn)) {
      expect(en.replace('(… điểm)', ''), key).not.toMatch(VIETNAMESE);
      const names = (t: string) => [...new Set(t.match(/\{\w+\}/g) ?? [])].sort();
      expect(names(en), key).toEqual(names(sharedOutsideVi[key as keyof typeof sharedOutsideVi]));
    }
  });
});
