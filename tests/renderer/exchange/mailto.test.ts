import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, MAX_URL_LENGTH } from '@shared/ipc/validate';
import { verifierReport, type VerifierReport } from '@shared/verify';
import {
  handoffBody,
  handoffClipboard,
  handoffSubject,
  type HandoffMailInput,
  sendChecklist,
} from '@shared/verify/handoff';
import { buildMailto, checkEmail, handoffMailto } from '../../../renderer/exchange/mailto';

const year = { year: 2025, kind: 'year' } as const;
const sentence = 'Đã nhận 0/2 xã.';
const report: VerifierReport = {
  ...verifierReport([
    { code: '1', name: 'Xã Gia Phong' },
    { code: '2', name: 'Xã Gia Trung' },
  ]),
  sentence,
};
const body: HandoffMailInput = {
  level: 'district',
  unitName: 'Huyện Gia Viễn',
  period: year,
  fileName: 'DTI_2025_huyen-gia-vien_tong-hop_20251215.xlsx',
  report,
  withOwnForm: true,
};

describe('province e-mail check', () => {
  it.each(['sotttt@ninhbinh.gov.vn', '  vp.ubnd@ninhbinh.gov.vn ', 'a+dti@mail.ninhbinh.gov.vn'])(
    'accepts %s (trimmed)',
    (e) => {
      expect(checkEmail(e)).toEqual({ ok: true, email: e.trim() });
    },
  );
  it.each([
    ['empty', ''],
    ['no @', 'sotttt.ninhbinh.gov.vn'],
    ['no dot in the domain', 'sotttt@localhost'],
    ['two recipients', 'a@x.vn,b@y.vn'],
    ['a query smuggled in', 'a@x.vn?bcc=evil@y.vn'],
    ['a space', 'so tttt@ninhbinh.gov.vn'],
    ['Vietnamese letters', 'sở@ninhbinh.gov.vn'],
    ['double dots', 'a..b@x.vn'],
    ['a leading dot', '.a@x.vn'],
  ])('refuses %s with a Vietnamese reason', (_what, e) => {
    const r = checkEmail(e);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/thư điện tử/);
  });
});

describe('mailto: hand-off', () => {
  it('states the subject with the period and the sender, and says when the report is partial', () => {
    expect(handoffSubject(body)).toBe('Báo cáo kết quả đánh giá chuyển đổi số năm 2025 — UBND huyện Gia Viễn');
    expect(handoffSubject({ ...body, period: { year: 2025, kind: 'mid-year' }, partialNote: 'x' })).toBe(
      'Báo cáo kết quả đánh giá chuyển đổi số 6 tháng đầu năm 2025 — UBND huyện Gia Viễn (chưa đầy đủ)',
    );
    expect(handoffSubject({ ...body, level: 'province', unitName: 'Tỉnh Ninh Bình' })).toBe(
      'Báo cáo kết quả đánh giá chuyển đổi số năm 2025 — Sở Khoa học và Công nghệ tỉnh Ninh Bình',
    );
  });

  it('is a short công văn: Kính gửi, what is attached, counts, the sentence, contact; lines split by CRLF', () => {
    const b = handoffBody({
      ...body,
      contact: { name: 'Nguyễn Văn An', position: 'Chuyên viên', phone: '0229 3868 123', email: '' },
    });
    expect(b.split('\r\n')).toEqual([
      'Kính gửi: Cơ quan thường trực chuyển đổi số tỉnh.',
      '',
      'Thực hiện việc đánh giá mức độ chuyển đổi số năm 2025, UBND huyện Gia Viễn gửi kèm theo thư này kết quả tự đánh giá của huyện và kết quả thẩm tra các xã: đã nhận 0/2 xã, đã thẩm tra xong 0 xã.',
      `Tệp đính kèm: ${body.fileName}`,
      '',
      `Tóm tắt: ${sentence}`,
      '',
      'Đầu mối liên hệ: Nguyễn Văn An, Chuyên viên, điện thoại 0229 3868 123.',
      '',
      'Trân trọng./.',
      'UBND huyện Gia Viễn',
    ]);
    expect(b).not.toMatch(/[^\r]\n/);
    const province = handoffBody({ ...body, level: 'province', unitName: 'Tỉnh Ninh Bình' });
    expect(province).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
    expect(province).toContain('Sở Khoa học và Công nghệ tỉnh Ninh Bình gửi kèm theo thư này kết quả thẩm tra các xã');
    expect(province).not.toMatch(/huyện/);
  });

  it('a partial report says so in the body and the copied text; the copy always has the subject and sentence', () => {
    const list = sendChecklist(report, 'district', { entered: 30, total: 72 });
    expect(list.partial).toBe(true);
    expect(list.partialNote).toBe(
      'BÁO CÁO CHƯA ĐẦY ĐỦ: 2/2 xã chưa nộp; biểu mẫu tự đánh giá của huyện mới nhập 30/72 chỉ số. Điểm thẩm tra, xếp hạng và nhận định chỉ tính 0 xã đã thẩm tra xong.',
    );
    const mail = { ...body, partialNote: list.partialNote };
    expect(handoffBody(mail)).toContain(list.partialNote);
    const copy = handoffClipboard(mail);
    expect(copy.split('\n')[0]).toBe(`Tiêu đề: ${handoffSubject(mail)}`);
    expect(copy).toContain(`Tóm tắt: ${sentence}`);
    expect(copy).toContain(list.partialNote);
  });

  it('percent-encodes the Vietnamese subject and body as UTF-8 and decodes back to the same text', () => {
    const url = buildMailto('sotttt@ninhbinh.gov.vn', 'Kết quả — Huyện Gia Viễn', 'Dòng 1\r\nDòng 2 & 3?');
    expect(url.startsWith('mailto:sotttt@ninhbinh.gov.vn?subject=')).toBe(true);
    expect(url).toContain('K%E1%BA%BFt%20qu%E1%BA%A3%20%E2%80%94%20Huy%E1%BB%87n');
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/\s/);
    const q = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(q.get('subject')).toBe('Kết quả — Huyện Gia Viễn');
    expect(q.get('body')).toBe('Dòng 1\r\nDòng 2 & 3?');
  });

  it('composes decomposed (NFD) input before encoding, so every mail client shows the same letters', () => {
    expect(buildMailto('a@x.vn', 'Viễn'.normalize('NFD'), '')).toBe(buildMailto('a@x.vn', 'Viễn', ''));
  });

  it('gives a URL the desktop bridge accepts, dropping the sentence when it would be too long', () => {
    const short = handoffMailto('sotttt@ninhbinh.gov.vn', body);
    expect(short.sentenceIncluded).toBe(true);
    expect(isSafeExternalUrl(short.url)).toBe(true);
    const long = handoffMailto('sotttt@ninhbinh.gov.vn', {
      ...body,
      report: { ...report, sentence: 'Nhận thức số, Thể chế số, Hạ tầng số. '.repeat(30) },
    });
    expect(long.sentenceIncluded).toBe(false);
    expect(long.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(isSafeExternalUrl(long.url)).toBe(true);
    expect(decodeURIComponent(long.url)).toContain(body.fileName);
  });
});
