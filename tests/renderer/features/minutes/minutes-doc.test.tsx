// The printed minutes carry the same header block and signatures as the minutes sheet, with the number and the
// place of Cài đặt → Văn bản (blanks to write by hand when empty).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOC_SETTINGS } from '@shared/documents/settings';
import { minutesModel } from '@shared/verify/minutes';
import { minutesDoc } from '@shared/verify/minutes-sheet';
import { MinutesDoc } from '../../../../renderer/features/minutes/minutes-doc';
import { agreeAll, AT, communeFw, plainEntries } from '../../../shared/verify/fixtures';

const entries = plainEntries();
const m = minutesModel({
  framework: communeFw,
  unit: { name: 'Xã Gia Phong' },
  district: { name: 'Huyện Gia Viễn' },
  period: { year: 2025, kind: 'year' },
  revision: 1,
  team: [{ name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' }],
  date: AT,
  place: 'Trụ sở UBND xã Gia Phong',
  selfEntries: entries,
  layers: agreeAll(communeFw, entries),
});
const text = (settings = DEFAULT_DOC_SETTINGS) =>
  renderToStaticMarkup(<MinutesDoc m={m} words={minutesDoc(settings, AT)} />)
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n+/g, '\n');

describe('the printed minutes', () => {
  it('has the administrative header block and both sides’ signatures, number and place from the settings', () => {
    const t = text({
      ...DEFAULT_DOC_SETTINGS,
      place: 'Gia Viễn',
      numbers: { ...DEFAULT_DOC_SETTINGS.numbers, minutes: '3' },
    });
    expect(t).toContain('\nTỔ THẨM TRA\n');
    expect(t).toContain('\nSố: 3/BB-TTTr\n');
    expect(t).toContain('\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
    expect(t).toMatch(/\nGia Viễn, ngày \d\d tháng \d{1,2} năm \d{4}\n/);
    expect(t).toContain('ĐẠI DIỆN XÃ GIA PHONG\n(Ký, ghi rõ họ tên)\n');
    expect(t).toContain('ĐẠI DIỆN TỔ THẨM TRA\nTỔ TRƯỞNG\n(Ký, ghi rõ họ tên)\nNguyễn Văn An');
  });

  it('leaves the number to be written by hand without settings', () => {
    expect(text()).toContain(`\nSố: ${'\u00a0'.repeat(8)}/BB-TTTr\n`);
  });
});
