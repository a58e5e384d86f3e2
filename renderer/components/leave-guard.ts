/**
 * Leaving a place that holds unsaved work asks first, whichever way the officer leaves (the back button, the main
 * navigation; closing or reloading the window is asked by `beforeunload`). A place registers a guard that answers
 * the question to ask, or null when nothing would be lost.
 */
type Guard = () => string | null;

const guards = new Set<Guard>();

/** Registers a guard while a place is open; call the returned function when it closes. */
export function registerLeaveGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** Asks every guard's question; true when nothing would be lost or the officer chose to leave anyway. */
export function confirmLeave(ask: (question: string) => boolean = (q) => window.confirm(q)): boolean {
  for (const guard of guards) {
    const question = guard();
    if (question && !ask(question)) return false;
  }
  return true;
}
