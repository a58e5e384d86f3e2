import type { ChangeEvent, KeyboardEvent, PointerEvent } from 'react';

/** Visible inputs of the form in reading order. */
function navigable(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-nav]')).filter(
    (el) => !el.closest('[hidden]') && !(el as HTMLInputElement).disabled,
  );
}

/** Moves focus to the next (or previous) input of the form. */
export function moveFocus(root: HTMLElement, from: Element | null, step: 1 | -1): void {
  const list = navigable(root);
  const at = from ? list.indexOf(from as HTMLElement) : -1;
  const next = list[at + step];
  if (next) {
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  }
}

/** Focuses the first input of an indicator and brings it into view. */
export function focusIndicator(code: string): void {
  const row = document.getElementById(`ind-${code}`);
  const input = row?.querySelector<HTMLElement>('[data-nav]');
  row?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/** Inserts a line break at the caret of a textarea as typing would (React sees an ordinary input event). */
function insertLineBreak(el: HTMLTextAreaElement): void {
  if (!document.execCommand('insertText', false, '\n'))
    el.setRangeText('\n', el.selectionStart, el.selectionEnd, 'end');
}

/**
 * Form keys: Enter / Shift+Enter move to the next / previous input (Tab does so natively). In a textarea
 * (giải trình) Enter moves on too; Shift+Enter or Alt+Enter makes a new line. Alt+N jumps to the next indicator
 * with no value.
 */
export function handleFormKeys(e: KeyboardEvent<HTMLElement>, onNextUnfilled: () => void): void {
  const target = e.target as HTMLElement;
  if (e.altKey && (e.key === 'n' || e.key === 'N')) {
    e.preventDefault();
    onNextUnfilled();
    return;
  }
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || !target.hasAttribute('data-nav')) return;
  if (target instanceof HTMLTextAreaElement) {
    if (e.shiftKey || e.altKey) {
      // Shift+Enter is the textarea's own new line; Alt+Enter is not, so it is made here.
      if (e.altKey) {
        e.preventDefault();
        insertLineBreak(target);
      }
      return;
    }
    e.preventDefault();
    moveFocus(e.currentTarget, target, 1);
    return;
  }
  if (e.altKey) return;
  e.preventDefault();
  moveFocus(e.currentTarget, target, e.shiftKey ? -1 : 1);
}

/**
 * A dropdown opened with the mouse: its list takes ArrowDown and Enter itself, so the form never sees that Enter
 * and the focus would stay on the dropdown (the next typed text then lands in it, and every later value one
 * field to the left). Marking the dropdown on pointer-down and moving on when its value is chosen gives the mouse
 * the same flow as the keyboard. Attach both handlers to the form's root.
 */
export const pickedWithPointer = {
  onPointerDown(e: PointerEvent<HTMLElement>): void {
    const t = e.target as HTMLElement;
    const select = t.closest('select');
    if (select?.hasAttribute('data-nav')) select.dataset.pointer = '1';
  },
  onChange(e: ChangeEvent<HTMLElement>, root: HTMLElement): void {
    const t = e.target as HTMLElement;
    if (!(t instanceof HTMLSelectElement) || t.dataset.pointer !== '1') return;
    delete t.dataset.pointer;
    // Only when the dropdown still has the focus: a keyboard Enter that already moved on must not move twice.
    if (document.activeElement === t) moveFocus(root, t, 1);
  },
  /** A key on the dropdown itself means its list is closed: the keyboard flow applies, not the pointer one. */
  onKeyDown(e: KeyboardEvent<HTMLElement>): void {
    const t = e.target as HTMLElement;
    if (t instanceof HTMLSelectElement) delete t.dataset.pointer;
  },
};

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', 'number', 'date', '']);

/** Whether an edit comes from typing: the focused element is a text field (a choice or a box is written at once). */
export function typingInFocus(): boolean {
  const el = document.activeElement;
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type));
}
