// A yes/no indicator answers in its framework's words when the method gives them ("yes = … (N điểm)"), else Có/Không.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { boolLabels } from '@shared/framework/bool-labels';
import { methodText } from '@shared/framework/method-text';
import type { Indicator } from '@shared/framework/types';
import { ValueInput } from '../../../renderer/components/value-input';
import { shippedFramework } from '../../shared/helpers';

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
