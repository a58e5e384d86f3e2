// Refusals of outside files said in English: the messages are made by shared/exchange itself (the words the CLI
// prints), recognised by their Vietnamese template and said again in English with what they name.
import { describe, expect, it } from 'vitest';
import { inspectZip } from '../../../shared/exchange';
import { hazard, type HazardClass } from '../../../shared/exchange/hazards';
import { MEMORY_MESSAGE } from '../../../shared/exchange/read-limits';
import { sharedText } from '../../../renderer/i18n/shared-text';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const bytes = (s: string) => new TextEncoder().encode(s);
const refusal = (b: Uint8Array) => {
  const r = inspectZip(b);
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
};
const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
random[0] = 0x01;

const messages: Record<string, string> = {
  empty: refusal(new Uint8Array()),
  'random bytes': refusal(random),
  PDF: refusal(bytes('%PDF-1.7 a report, renamed')),
  HTML: refusal(bytes('<html><table><tr><td>1</td></tr></table></html>')),
  XML: refusal(bytes('<?xml version="1.0"?><Workbook/>')),
  CSV: refusal(bytes('Ma;Ten\n14758;Gia Phong\n')),
  'cut zip': refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(40).fill(0)])),
  memory: MEMORY_MESSAGE,
};
for (const cls of ['path-traversal', 'macro', 'embedded-object', 'dde'] satisfies HazardClass[])
  messages[`hazard ${cls}`] = hazard(cls, 'xl/vbaProject.bin').message;

describe('refusals through sharedText', () => {
  for (const [what, message] of Object.entries(messages)) {
    it(`says the ${what} refusal in English, and keeps shared's Vietnamese as it is`, () => {
      expect(sharedText(message, 'vi')).toBe(message);
      const en = sharedText(message, 'en');
      expect(en).not.toMatch(VIETNAMESE);
      expect(en).not.toMatch(/\{\w+\}/);
    });
  }

  it('carries what the message names into English', () => {
    expect(sharedText(messages.PDF!, 'en')).toMatch(/^The file is a PDF document named \.xlsx/);
    expect(sharedText(messages['hazard macro']!, 'en')).toContain('(xl/vbaProject.bin)');
  });

  it('leaves a message it does not know as it is', () => {
    expect(sharedText('Một lý do khác.', 'en')).toBe('Một lý do khác.');
  });
});
