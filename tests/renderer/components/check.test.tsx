// Check: a box and its words, the words one element however they mix text and elements, so that the `.check` flex
// row has two items and the words wrap as one paragraph.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Check } from '../../../renderer/components/check';

describe('Check', () => {
  it('puts the box and one span of words in the label, the input given every attribute', () => {
    const html = renderToStaticMarkup(
      <Check type="checkbox" name="fill" checked readOnly>
        Thêm ngay 129 xã của <bdi lang="vi">Tỉnh Ninh Bình</bdi> theo danh mục
      </Check>,
    );
    expect(html).toBe(
      '<label class="check"><input type="checkbox" readOnly="" name="fill" checked=""/>' +
        '<span>Thêm ngay 129 xã của <bdi lang="vi">Tỉnh Ninh Bình</bdi> theo danh mục</span></label>',
    );
  });
});
