import type { KeyboardEvent } from 'react';

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

/**
 * Form keys: Enter / Shift+Enter move to the next / previous input (Tab does so natively; a textarea keeps
 * Enter for new lines), Alt+N jumps to the next indicator with no value.
 */
export function handleFormKeys(e: KeyboardEvent<HTMLElement>, onNextUnfilled: () => void): void {
  const target = e.target as HTMLElement;
  if (e.altKey && (e.key === 'n' || e.key === 'N')) {
    e.preventDefault();
    onNextUnfilled();
    return;
  }
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (target instanceof HTMLTextAreaElement || !target.hasAttribute('data-nav')) return;
  e.preventDefault();
  moveFocus(e.currentTarget, target, e.shiftKey ? -1 : 1);
}
