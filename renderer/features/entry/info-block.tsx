import { useState } from 'react';
import { GENERAL_INFO_FIELDS, type GeneralInfo } from '@shared/entry/types';
import { parseViNumber } from '@shared/text/numbers';
import { useFieldName } from '../../components/field-name';
import { TextLimit, useLengthGuard } from '../../components/text-limit';
import { useT, type MessageKey } from '../../i18n';
import { SharedMessage } from '../../components/shared-message';

const NUMERIC: ReadonlySet<keyof GeneralInfo> = new Set(['civilServants', 'enterprises', 'population']);
/** Fields an officer writes in Vietnamese (their text is marked lang="vi"). */
const TYPED_VI: ReadonlySet<keyof GeneralInfo> = new Set(['address', 'contactName', 'contactPosition']);

/**
 * What is wrong with a Thông tin chung value, or null when it is fine (empty is fine): a message key of this form,
 * or (`text`) the number reader's Vietnamese message.
 */
export function infoError(field: keyof GeneralInfo, value: string): { key: MessageKey } | { text: string } | null {
  const v = value.trim();
  if (!v) return null;
  if (NUMERIC.has(field)) {
    const n = parseViNumber(v);
    if (!n.ok) return { text: n.error };
    if (n.value < 0 || !Number.isInteger(n.value)) return { key: 'entry.info.wholeNumber' };
  }
  if (field === 'contactEmail' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return { key: 'entry.info.email' };
  if (field === 'contactPhone' && !/^[0-9+()\s.-]{6,20}$/.test(v)) return { key: 'entry.info.phone' };
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
  const t = useT();
  const fieldName = useFieldName();
  const guard = useLengthGuard();
  const where = (f: keyof GeneralInfo) => t('entry.info.where', { field: fieldName(`info.${f}`) });
  return (
    <section className="info-block" aria-labelledby="info-title">
      <h3 id="info-title">{t('entry.info.title')}</h3>
      <div className="info-grid">
        {GENERAL_INFO_FIELDS.map((f) => {
          const err = infoError(f, draft[f]);
          return (
            <label key={f} className={err ? 'field has-error' : 'field'}>
              <span className="field-label">{fieldName(`info.${f}`)}</span>
              <input
                data-nav=""
                name={`info-${f}`}
                type="text"
                inputMode={NUMERIC.has(f) ? 'numeric' : undefined}
                lang={TYPED_VI.has(f) ? 'vi' : undefined}
                value={draft[f]}
                aria-invalid={err ? true : undefined}
                onChange={(e) => {
                  const value = e.target.value;
                  if (!guard.accept(f, where(f), draft[f], value)) return;
                  setDraft((d) => ({ ...d, [f]: value }));
                  onSave(f, value);
                }}
              />
              {err &&
                ('text' in err ? (
                  <SharedMessage className="field-error" message={err.text} />
                ) : (
                  <span className="field-error">{t(err.key)}</span>
                ))}
              <TextLimit value={draft[f]} where={where(f)} refused={guard.refusedAt(f)} />
            </label>
          );
        })}
      </div>
    </section>
  );
}
