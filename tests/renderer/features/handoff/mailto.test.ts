import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, MAX_URL_LENGTH } from '@shared/ipc/validate';
import {
  buildMailto,
  checkEmail,
  handoffBody,
  handoffMailto,
  handoffSubject,
} from '../../../../renderer/features/handoff/mailto';

const year = { year: 2025, kind: 'year' } as const;
const body = {
  districtName: 'Huyện Gia Viễn',
  period: year,
  fileName: 'DTI_2025_huyen-gia-vien_tong-hop_20251215.xlsx',
  communes: 2,
  sentence: 'Đa số các xã hoàn thành và cơ bản hoàn thành 25/50 chỉ số thuộc các nhóm: Nhận thức số.',
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
  it('states the subject with the period and the district', () => {
    expect(handoffSubject('Huyện Gia Viễn', year)).toBe('Kết quả đánh giá chuyển đổi số năm 2025 — Huyện Gia Viễn');
    expect(handoffSubject('Huyện Gia Viễn', { year: 2025, kind: 'mid-year' })).toBe(
      'Kết quả đánh giá chuyển đổi số 6 tháng đầu năm 2025 — Huyện Gia Viễn',
    );
  });

  it('names the file and the summary sentence in the body, lines split by CRLF', () => {
    const b = handoffBody(body);
    expect(b).toContain(`Tệp đính kèm: ${body.fileName}`);
    expect(b).toContain(`Tóm tắt: ${body.sentence}`);
    expect(b.split('\r\n').length).toBeGreaterThan(4);
    expect(b).not.toMatch(/[^\r]\n/);
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
      sentence: 'Nhận thức số, Thể chế số, Hạ tầng số. '.repeat(30),
    });
    expect(long.sentenceIncluded).toBe(false);
    expect(long.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(isSafeExternalUrl(long.url)).toBe(true);
    expect(decodeURIComponent(long.url)).toContain(body.fileName);
  });
});
