// A yes/no indicator answers in its framework's words when the method gives them ("yes = … (N điểm)"), else Có/Không.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRaw } from '@shared/entry/raw';
import { boolLabels } from '@shared/framework/bool-labels';
import { methodText } from '@shared/framework/method-text';
import type { Indicator } from '@shared/framework/types';
import { ValueInput } from '../../../renderer/components/value-input';
import { useAppStore } from '../../../renderer/store';
import { shippedFramework } from '../../shared/helpers';

// The UI language, set by each test: a static render would read the real store's initial state (React's server
// snapshot), never the language a test sets.
vi.mock('../../../renderer/store', () => {
  const state = { language: 'vi' };
  const useAppStore = (select: (s: typeof state) => unknown) => select(state);
  useAppStore.setState = (next: Partial<typeof state>) => Object.assign(state, next);
  return { useAppStore };
});

const shipped = shippedFramework('commune').indicators.find((i) => i.code === '5.2')!;
const worded: Indicator = {
  ...shipped,
  method:
    'Trong năm xã không để xảy ra sự cố mất an toàn thông tin; yes = Không xảy ra sự cố (25 điểm); no = Có xảy ra sự cố (0 điểm).',
};

const options = (ind: Indicator) =>
  [
    ...renderToStaticMarkup(<ValueInput ind={ind} raw={{}} errors={{}} onChange={() => {}} />).matchAll(
      /<option value="(\w*)"[^>]*>([^<]*)<\/option>/g,
    ),
  ].map((m) => [m[1], m[2]]);

describe('yes/no answers in the framework’s words', () => {
  it('reads the labels from the method, Có/Không without them', () => {
    expect(boolLabels(worded)).toEqual({ yes: 'Không xảy ra sự cố', no: 'Có xảy ra sự cố' });
    expect(boolLabels(shipped)).toEqual({ yes: 'Có', no: 'Không' });
  });

  it('offers the worded answers in the form, with their points', () => {
    expect(options(worded)).toEqual([
      ['', '— chưa chọn —'],
      ['yes', 'Không xảy ra sự cố (25 điểm)'],
      ['no', 'Có xảy ra sự cố (0 điểm)'],
    ]);
    expect(options(shipped)).toEqual([
      ['', '— chưa chọn —'],
      ['yes', 'Có (25 điểm)'],
      ['no', 'Không (0 điểm)'],
    ]);
  });

  it('the method shown drops the keys', () => {
    expect(methodText(worded)).toBe(
      'Trong năm xã không để xảy ra sự cố mất an toàn thông tin; Không xảy ra sự cố (25 điểm); Có xảy ra sự cố (0 điểm).',
    );
  });
});

describe('a field’s error in the UI language', () => {
  const count = shippedFramework('commune').indicators.find((i) => i.valueType === 'count')!;
  const field = (typed: string) => {
    const { errors } = parseRaw(count, { value: typed });
    const html = renderToStaticMarkup(
      <ValueInput ind={count} raw={{ value: typed }} errors={errors} onChange={() => {}} />,
    );
    return /<span class="field-error"[^>]*>.*?<\/span>(?=<\/label>)/.exec(html)?.[0];
  };
  afterEach(() => useAppStore.setState({ language: 'vi' }));

  it('says parseRaw’s message in Vietnamese, marked lang="vi"', () => {
    expect(field('1,5')).toBe(
      `<span class="field-error" id="v-${count.code}-err" lang="vi">Cần một số nguyên (ví dụ 12).</span>`,
    );
  });

  it('says it in English with no lang="vi" left but on what the officer typed', () => {
    useAppStore.setState({ language: 'en' });
    expect(field('1,5')).toBe(
      `<span class="field-error" id="v-${count.code}-err">Enter a whole number (e.g. 12).</span>`,
    );
    expect(field('mười')).toBe(
      `<span class="field-error" id="v-${count.code}-err">&quot;<span lang="vi">mười</span>&quot; is not a valid number (valid examples: 12; 71,79; 2.416; 1.234,5).</span>`,
    );
  });
});
