import { useCallback, useState } from 'react';
import { checkTypedLength, countText } from '@shared/exchange/text-limit';
import { formatViNumber } from '@shared/text/numbers';
import { translate, useT } from '../i18n';
import { useAppStore } from '../store';

/**
 * The length guard of a form's text fields: `accept(key, where, prev, next)` says whether an edit is taken (an
 * edit past the limit is refused and its message kept for that field until the next accepted edit there).
 * The rule is checkTypedLength's (shared/exchange/text-limit.ts); the message is said in the UI language.
 */
export function useLengthGuard() {
  const lang = useAppStore((s) => s.language);
  const [refused, setRefused] = useState<{ key: string; message: string } | null>(null);
  const accept = useCallback(
    (key: string, where: string, prev: string, next: string): boolean => {
      const c = checkTypedLength(prev, next, where);
      const n = countText(next);
      const figures = { where, length: formatViNumber(n.length), max: formatViNumber(n.max) };
      setRefused((r) =>
        c.ok ? (r?.key === key ? null : r) : { key, message: translate(lang, 'comp.textLimit.refused', figures) },
      );
      return c.ok;
    },
    [lang],
  );
  const refusedAt = (key: string): string | undefined => (refused?.key === key ? refused.message : undefined);
  return { accept, refusedAt };
}

/** The counter under a long text near its limit ("8.123/10.000 ký tự"), and why an edit or the export is refused. */
export function TextLimit({ value, where, refused }: { value: string; where: string; refused?: string | undefined }) {
  const t = useT();
  const c = countText(value);
  if (!c.show && !refused) return null;
  const figures = { length: formatViNumber(c.length), max: formatViNumber(c.max) };
  return (
    <span className={c.over || refused ? 'text-limit over' : 'text-limit'} data-testid="text-limit">
      <span className="count">{t('comp.textLimit.count', figures)}</span>
      {c.over && <span className="field-error"> {t('comp.textLimit.over', { ...figures, where })}</span>}
      {refused && (
        <span className="field-error" role="alert">
          {' '}
          {refused}
        </span>
      )}
    </span>
  );
}
