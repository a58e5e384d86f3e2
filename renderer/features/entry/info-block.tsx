import { useState } from 'react';
import { fieldLabel } from '@shared/entry/field-labels';
import { GENERAL_INFO_FIELDS, type GeneralInfo } from '@shared/entry/types';
import { parseViNumber } from '@shared/text/numbers';
import { TextLimit, useLengthGuard } from '../../components/text-limit';

const NUMERIC: ReadonlySet<keyof GeneralInfo> = new Set(['civilServants', 'enterprises', 'population']);

/** A Vietnamese error for a Thông tin chung value, or null when it is fine (empty is fine). */
export function infoError(field: keyof GeneralInfo, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  if (NUMERIC.has(field)) {
    const n = parseViNumber(v);
    if (!n.ok) return n.error;
    if (n.value < 0 || !Number.isInteger(n.value)) return 'Cần một số nguyên không âm.';
  }
  if (field === 'contactEmail' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return 'Địa chỉ thư điện tử chưa đúng.';
  if (field === 'contactPhone' && !/^[0-9+()\s.-]{6,20}$/.test(v)) return 'Số điện thoại chưa đúng.';
  return null;
}

/** A. Thông tin chung: typed values are kept as typed and saved on every edit. */
export function InfoBlock({
  info,
  onSave,
}: {
  info: GeneralInfo;
  onSave: (field: keyof GeneralInfo, value: string) => void;
}) {
  const [draft, setDraft] = useState<GeneralInfo>(() => ({ ...info }));
  const guard = useLengthGuard();
  const where = (f: keyof GeneralInfo) => `Thông tin chung, mục "${fieldLabel(`info.${f}`)}"`;
  return (
    <section className="info-block" aria-labelledby="info-title">
      <h3 id="info-title">A. Thông tin chung</h3>
      <div className="info-grid">
        {GENERAL_INFO_FIELDS.map((f) => {
          const err = infoError(f, draft[f]);
          return (
            <label key={f} className={err ? 'field has-error' : 'field'}>
              <span className="field-label">{fieldLabel(`info.${f}`)}</span>
              <input
                data-nav=""
                name={`info-${f}`}
                type="text"
                inputMode={NUMERIC.has(f) ? 'numeric' : undefined}
                value={draft[f]}
                aria-invalid={err ? true : undefined}
                onChange={(e) => {
                  const value = e.target.value;
                  if (!guard.accept(f, where(f), draft[f], value)) return;
                  setDraft((d) => ({ ...d, [f]: value }));
                  onSave(f, value);
                }}
              />
              {err && <span className="field-error">{err}</span>}
              <TextLimit value={draft[f]} where={where(f)} refused={guard.refusedAt(f)} />
            </label>
          );
        })}
      </div>
    </section>
  );
}
