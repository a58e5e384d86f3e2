// The commune's representatives typed one per line in the minutes view: name, then position.
import { describe, expect, it } from 'vitest';
import { parsePeople } from '../../../../renderer/features/minutes/people';

describe('parsePeople', () => {
  it('splits each line at its first comma or spaced dash; keeps dashes inside a position; skips blank lines', () => {
    expect(
      parsePeople(
        ' Phạm Thị Lan, Chủ tịch UBND xã \n\n Vũ Văn Hải - Công chức Văn phòng - Thống kê\r\nĐỗ Minh — Phó Chủ tịch\nLê Hoa',
      ),
    ).toEqual([
      { name: 'Phạm Thị Lan', position: 'Chủ tịch UBND xã' },
      { name: 'Vũ Văn Hải', position: 'Công chức Văn phòng - Thống kê' },
      { name: 'Đỗ Minh', position: 'Phó Chủ tịch' },
      { name: 'Lê Hoa', position: '' },
    ]);
  });

  it('keeps a hyphenated word whole and writes NFC', () => {
    expect(parsePeople('Nguyễn Thị Mai-Anh, Văn hóa - Xã hội'.normalize('NFD'))).toEqual([
      { name: 'Nguyễn Thị Mai-Anh'.normalize('NFC'), position: 'Văn hóa - Xã hội'.normalize('NFC') },
    ]);
  });
});
