/** What a key pressed on the verification lines does (the list holds the focus; the inline editor has its own keys). */
export type LineAction = 'next' | 'prev' | 'agree' | 'adjust' | 'request' | 'agree-group' | 'undo' | 'enter';

/** The key of a keydown as the lines read it. */
export interface LineKey {
  key: string;
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * ↓/J next line, ↑/K previous, A Đồng ý, D Điều chỉnh, B Yêu cầu bổ sung, Shift+A Đồng ý cả nhóm, Enter next,
 * Ctrl+Z undo. Letters are read from the physical key too, so Caps Lock or a Vietnamese keyboard layout does not
 * change them; Shift decides between A and Shift+A, not the letter's case.
 */
export function lineAction(e: LineKey): LineAction | null {
  const letter = e.code?.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
  if (e.ctrlKey || e.metaKey) return letter === 'z' && !e.shiftKey && !e.altKey ? 'undo' : null;
  if (e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'prev';
    case 'Enter':
      return 'enter';
  }
  switch (letter) {
    case 'j':
      return 'next';
    case 'k':
      return 'prev';
    case 'a':
      return e.shiftKey ? 'agree-group' : 'agree';
    case 'd':
      return e.shiftKey ? null : 'adjust';
    case 'b':
      return e.shiftKey ? null : 'request';
  }
  return null;
}

/** Ready-made remarks, offered with ↓ in an empty remark box after those the verifier already wrote. */
export const REMARK_PRESETS = {
  adjust: ['Điều chỉnh theo tài liệu kiểm chứng.', 'Số liệu kê khai chưa có đủ tài liệu kiểm chứng.'],
  request: [
    'Đề nghị bổ sung tài liệu kiểm chứng.',
    'Tài liệu kiểm chứng chưa khớp với số liệu; đề nghị giải trình.',
    'Văn bản kiểm chứng ban hành ngoài kỳ đánh giá; đề nghị bổ sung văn bản trong kỳ.',
  ],
} as const;

/** Remarks to offer for a verdict: those already written for it (newest first), then the presets, no repeats. */
export function remarkSuggestions(
  verdict: 'adjust' | 'request',
  written: readonly { verdict: string; remark: string; at: number }[],
): string[] {
  const mine = written
    .filter((w) => w.verdict === verdict && w.remark.trim() !== '')
    .sort((a, b) => b.at - a.at)
    .map((w) => w.remark);
  return [...new Set([...mine, ...REMARK_PRESETS[verdict]])];
}
