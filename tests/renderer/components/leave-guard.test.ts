import { describe, expect, it, vi } from 'vitest';
import { confirmLeave, registerLeaveGuard } from '../../../renderer/components/leave-guard';

describe('leave guard', () => {
  it('asks only while a registered place has something to lose, and honours the answer', () => {
    let unsaved = false;
    const off = registerLeaveGuard(() => (unsaved ? 'Vẫn rời khỏi?' : null));
    const ask = vi.fn(() => false);
    expect(confirmLeave(ask)).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    unsaved = true;
    expect(confirmLeave(ask)).toBe(false);
    expect(confirmLeave(() => true)).toBe(true);
    off();
    expect(confirmLeave(ask)).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
