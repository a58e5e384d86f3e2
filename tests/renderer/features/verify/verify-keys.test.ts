import { describe, expect, it } from 'vitest';
import { lineAction, remarkSuggestions } from '../../../../renderer/features/verify/verify-keys';

const k = (
  key: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
  code?: string,
) => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('lineAction', () => {
  it('maps the verification keys', () => {
    expect(lineAction(k('ArrowDown'))).toBe('next');
    expect(lineAction(k('j', {}, 'KeyJ'))).toBe('next');
    expect(lineAction(k('ArrowUp'))).toBe('prev');
    expect(lineAction(k('k', {}, 'KeyK'))).toBe('prev');
    expect(lineAction(k('a', {}, 'KeyA'))).toBe('agree');
    expect(lineAction(k('A', { shiftKey: true }, 'KeyA'))).toBe('agree-group');
    expect(lineAction(k('d', {}, 'KeyD'))).toBe('adjust');
    expect(lineAction(k('b', {}, 'KeyB'))).toBe('request');
    expect(lineAction(k('Enter'))).toBe('enter');
    expect(lineAction(k('z', { ctrlKey: true }, 'KeyZ'))).toBe('undo');
  });
  it('reads the physical key: Caps Lock is not Shift, another layout is still A', () => {
    expect(lineAction(k('A', {}, 'KeyA'))).toBe('agree');
    expect(lineAction(k('ă', {}, 'KeyA'))).toBe('agree');
  });
  it('leaves other keys and chords to the browser', () => {
    expect(lineAction(k('a', { ctrlKey: true }, 'KeyA'))).toBeNull();
    expect(lineAction(k('a', { altKey: true }, 'KeyA'))).toBeNull();
    expect(lineAction(k('x', {}, 'KeyX'))).toBeNull();
    expect(lineAction(k('Tab'))).toBeNull();
  });
});

describe('remarkSuggestions', () => {
  it('offers the remarks already written for the verdict, newest first, then the presets', () => {
    const s = remarkSuggestions('request', [
      { verdict: 'request', remark: 'Thiếu biên bản họp', at: 1 },
      { verdict: 'adjust', remark: 'Không tính', at: 5 },
      { verdict: 'request', remark: 'Thiếu quyết định', at: 3 },
      { verdict: 'request', remark: 'Đề nghị bổ sung tài liệu kiểm chứng.', at: 2 },
    ]);
    expect(s.slice(0, 3)).toEqual(['Thiếu quyết định', 'Đề nghị bổ sung tài liệu kiểm chứng.', 'Thiếu biên bản họp']);
    expect(new Set(s).size).toBe(s.length);
    expect(s).not.toContain('Không tính');
  });
});
