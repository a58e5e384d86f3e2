// SharedMessage: a message of shared/ in the UI language, the Vietnamese data it names in lang="vi" spans, and a
// message no area lists kept whole in Vietnamese, marked lang="vi".
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../shared/exchange/context';
import { buildManifest } from '../../../shared/exchange/export';
import { SaidMessage } from '../../../renderer/components/shared-message';
import type { Language } from '../../../renderer/i18n';
import { sampleInput } from '../../shared/exchange/sample';

const c = checkContext(buildManifest(sampleInput()), {
  districtCode: '373',
  unitCodes: new Set(),
  knownFrameworks: () => true,
});
const message = c.ok ? '' : c.message;
const html = (m: string, lang: Language) => renderToStaticMarkup(<SaidMessage message={m} lang={lang} />);

describe('SharedMessage', () => {
  it('says the message in English with the unit’s name marked Vietnamese', () => {
    expect(html(message, 'en')).toBe(
      '<span>Unit <span lang="vi">Xã Gia Phong</span> (code 14758) is not yet in the list of units of this district. Add the unit before receiving the file.</span>',
    );
  });

  it('keeps a message no area lists, and every message in Vietnamese, whole and marked', () => {
    expect(html('Một lý do khác.', 'en')).toBe('<span lang="vi">Một lý do khác.</span>');
    expect(html(message, 'vi')).toBe(`<span lang="vi">${message}</span>`);
  });
});
