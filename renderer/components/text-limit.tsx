import { useCallback, useState } from 'react';
import { checkTypedLength, countText, overLimitMessage } from '@shared/exchange/text-limit';

/**
 * The length guard of a form's text fields: `accept(key, where, prev, next)` says whether an edit is taken (an
 * edit past the limit is refused and its message kept for that field until the next accepted edit there).
 */
export function useLengthGuard() {
  const [refused, setRefused] = useState<{ key: string; message: string } | null>(null);
  const accept = useCallback((key: string, where: string, prev: string, next: string): boolean => {
    const c = checkTypedLength(prev, next, where);
    setRefused((r) => (c.ok ? (r?.key === key ? null : r) : { key, message: c.message }));
    return c.ok;
  }, []);
  const refusedAt = (key: string): string | undefined => (refused?.key === key ? refused.message : undefined);
  return { accept, refusedAt };
}

/** The counter under a long text near its limit ("8.123/10.000 ký tự"), and why an edit or the export is refused. */
export function TextLimit({ value, where, refused }: { value: string; where: string; refused?: string | undefined }) {
  const c = countText(value);
  if (!c.show && !refused) return null;
  return (
    <span className={c.over || refused ? 'text-limit over' : 'text-limit'} data-testid="text-limit">
      <span className="count">{c.label}</span>
      {c.over && <span className="field-error"> {overLimitMessage(c, where)}</span>}
      {refused && (
        <span className="field-error" role="alert">
          {' '}
          {refused}
        </span>
      )}
    </span>
  );
}
