// Field: the app's labelled control — the words in a .field-label span, then the control, in one label.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from '../../../renderer/components/field';

describe('Field', () => {
  it('names the control it holds, with the extra class given', () => {
    expect(renderToStaticMarkup(<Field label="Địa điểm">{<input name="minutes-place" />}</Field>)).toBe(
      '<label class="field"><span class="field-label">Địa điểm</span><input name="minutes-place"/></label>',
    );
    expect(
      renderToStaticMarkup(
        <Field
          label={
            <>
              Số — <span lang="vi">15/BC-UBND</span>
            </>
          }
          className="inline"
        >
          <input type="time" name="minutes-start" />
        </Field>,
      ),
    ).toBe(
      '<label class="field inline"><span class="field-label">Số — <span lang="vi">15/BC-UBND</span></span>' +
        '<input type="time" name="minutes-start"/></label>',
    );
  });
});
