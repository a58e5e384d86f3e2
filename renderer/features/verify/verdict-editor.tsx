import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RawField, RawValue } from '@shared/entry/raw';
import type { Indicator } from '@shared/framework/types';
import type { VerdictField } from '@shared/verify';
import { ValueInput } from '../../components/value-input';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { verdictError } from './verdict-errors';

/** The verdicts that need typing: Điều chỉnh (a value and a reason) and Yêu cầu bổ sung (what to supply). */
export type EditMode = 'adjust' | 'request';

interface Props {
  ind: Indicator;
  mode: EditMode;
  /** The commune's value, which the verified value starts from. */
  selfRaw: RawValue;
  /** The remark held so far (a verdict being changed keeps its remark). */
  remark: string;
  suggestions: readonly string[];
  /** Saves; resolves with the errors per field, or null when saved. */
  onSave: (raw: RawValue, remark: string) => Promise<Partial<Record<VerdictField, string>> | null>;
  onCancel: () => void;
}

/**
 * The inline editor under a line, opened by D (Điều chỉnh: the value, then the reason) or B (Yêu cầu bổ sung:
 * the remark). Enter moves from the value to the remark and saves from the remark; Esc cancels. An empty remark
 * starts as the verifier's last remark of that kind (or a ready-made one), selected so that typing replaces it;
 * ↓/↑ in the remark box go through the others. Nothing is saved until Enter.
 */
export function VerdictEditor({ ind, mode, selfRaw, remark: initialRemark, suggestions, onSave, onCancel }: Props) {
  const [raw, setRaw] = useState<RawValue>(() => ({ ...selfRaw }));
  // An empty reason starts as the first suggestion (selected, so typing replaces it): most reasons repeat.
  const [remark, setRemark] = useState(initialRemark || (suggestions[0] ?? ''));
  const [pick, setPick] = useState(initialRemark ? -1 : 0);
  const [errors, setErrors] = useState<Partial<Record<VerdictField, string>>>({});
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const t = useT();
  const lang = useAppStore((s) => s.language);

  useEffect(() => {
    const first = root.current?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
  }, []);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const errs = await onSave(raw, remark);
      if (errs) setErrors(errs);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    const isRemark = target.getAttribute('name') === `${ind.code}-remark`;
    if (isRemark && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && suggestions.length > 0) {
      e.preventDefault();
      const n = suggestions.length;
      const next = e.key === 'ArrowDown' ? (pick + 1) % n : (pick - 1 + n) % n;
      setPick(next);
      setRemark(suggestions[next] ?? '');
      return;
    }
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    e.preventDefault();
    if (isRemark) return void save();
    const inputs = Array.from(root.current?.querySelectorAll<HTMLElement>('input, select') ?? []);
    const next = inputs[inputs.indexOf(target) + 1];
    next?.focus();
    if (next instanceof HTMLInputElement) next.select();
  };

  const rawErrors = Object.fromEntries(
    Object.entries(errors).filter(([k]) => k !== 'verdict' && k !== 'remark' && k !== 'self'),
  ) as Partial<Record<RawField, string>>;
  const general = errors.verdict ?? errors.self;
  const generalError = general === undefined ? undefined : verdictError(lang, general);
  const remarkError = errors.remark === undefined ? undefined : verdictError(lang, errors.remark);

  return (
    <div className="verdict-editor" ref={root} onKeyDown={onKey} data-testid={`editor-${ind.code}`}>
      <strong className="editor-title">{t(`verify.verdict.${mode}`)}</strong>
      {mode === 'adjust' && (
        <div className="verified-input" data-testid={`verified-input-${ind.code}`}>
          <ValueInput
            ind={{ ...ind, code: `verified-${ind.code}` }}
            raw={raw}
            errors={rawErrors}
            onChange={(f, v) => setRaw((r) => ({ ...r, [f]: v }))}
          />
        </div>
      )}
      <label className={errors.remark ? 'field remark has-error' : 'field remark'}>
        <span className="field-label">
          {t(mode === 'adjust' ? 'verify.editor.adjustReason' : 'verify.editor.requestText')}{' '}
          {t('verify.editor.suggest')}
        </span>
        <input
          type="text"
          name={`${ind.code}-remark`}
          lang="vi"
          value={remark}
          autoComplete="off"
          aria-invalid={errors.remark ? true : undefined}
          onChange={(e) => {
            setRemark(e.target.value);
            setPick(-1);
          }}
        />
        {remarkError && (
          <span className="field-error" lang={remarkError.vi ? 'vi' : undefined}>
            {remarkError.text}
          </span>
        )}
      </label>
      {generalError && (
        <p className="field-error" role="alert" lang={generalError.vi ? 'vi' : undefined}>
          {generalError.text}
        </p>
      )}
      <span className="editor-keys muted">{t('verify.editor.keys')}</span>
      <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
        {t('verify.editor.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('verify.editor.cancel')}
      </button>
    </div>
  );
}
