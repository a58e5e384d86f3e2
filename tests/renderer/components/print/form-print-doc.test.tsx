// The print view's HTML of Biểu mẫu 01: the administrative header block, the table with its header row repeated
// on every page, and both signature blocks with the names from Cài đặt → Văn bản, in the order a reader meets them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formPrint } from '@shared/exchange/form-print';
import { DEFAULT_DOC_SETTINGS } from '@shared/documents/settings';
import { FormPrintDoc } from '../../../../renderer/components/print/form-print-doc';
import { communeFw, sampleEntries, sampleInput } from '../../../shared/exchange/sample';

function html(settings = DEFAULT_DOC_SETTINGS): string {
  return renderToStaticMarkup(
    <FormPrintDoc
      p={formPrint({
        framework: communeFw,
        unitName: 'Xã Gia Phong',
        receivingName: 'Huyện Gia Viễn',
        period: { year: 2024, kind: 'year' },
        info: sampleInput().info,
        entries: sampleEntries(),
        settings,
        at: Date.UTC(2025, 2, 10, 3),
      })}
    />,
  );
}
const text = (h: string) =>
  h
    .replace(/<[^>]+>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n+/g, '\n');

describe('the print view of Biểu mẫu 01', () => {
  it('reads as the administrative document, from the header block to the signatures', () => {
    const t = text(
      html({
        ...DEFAULT_DOC_SETTINGS,
        place: 'Gia Phong',
        preparer: 'Trần Thị Bình',
        signerName: 'Nguyễn Văn Chủ',
        numbers: { ...DEFAULT_DOC_SETTINGS.numbers, report: '15' },
      }),
    );
    const order = [
      'UBND HUYỆN GIA VIỄN',
      'ỦY BAN NHÂN DÂN XÃ GIA PHONG',
      'Số: 15/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Phong, ngày 10 tháng 3 năm 2025',
      'BIỂU MẪU 01',
      'BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2024',
      'Kính gửi: UBND huyện Gia Viễn',
      '1. Nhận thức số',
      '71,79 %',
      'Tổng cộng:',
      'NGƯỜI LẬP BIỂU\n(Ký, ghi rõ họ tên)\nTrần Thị Bình',
      'Gia Phong, ngày 10 tháng 3 năm 2025\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Ký tên, đóng dấu)\nNguyễn Văn Chủ',
    ];
    let at = 0;
    for (const part of order) {
      const i = t.indexOf(part, at);
      expect(i, part).toBeGreaterThanOrEqual(at);
      at = i + part.length;
    }
    expect(t).toBe(t.normalize('NFC'));
  });

  it('has one table header row (repeated by print CSS), 50 indicator rows and blank signer lines by default', () => {
    const h = html();
    expect(h.match(/<thead>/g)).toHaveLength(1);
    expect(h.match(/<tr data-code="/g)).toHaveLength(50);
    expect(h).toContain('<th scope="col">Giải trình</th>');
    const t = text(h);
    expect(t).toContain(`Số: ${'\u00a0'.repeat(8)}/BC-UBND`);
    expect(t).toMatch(/NGƯỜI LẬP BIỂU\n\(Ký, ghi rõ họ tên\)\n\u00a0\n/);
  });
});
