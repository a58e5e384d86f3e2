/**
 * What an officer enters once about the documents a unit issues (Cài đặt → Văn bản, confirmed at export): the
 * place in the date line, the document numbers, the preparer and the head who signs. Every field may be empty:
 * then the document leaves the space to be written by hand ("Số:      /BC-UBND"), as the records office does.
 */

/** The kinds of document DTI Desk issues, each with its own number. */
export type DocKind = 'report' | 'remarks' | 'minutes' | 'consolidated';

/** Document settings of a unit. */
export interface DocSettings {
  /** Place in the date line ("Gia Phong"); empty → taken from the unit's name. */
  place: string;
  /** Người lập biểu (full name). */
  preparer: string;
  /** Authority line above the title, e.g. "TM. ỦY BAN NHÂN DÂN"; may be empty. */
  signerAuthority: string;
  /** Title of the signer, e.g. "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: string;
  /** The signer's full name. */
  signerName: string;
  /** Document numbers by kind ("15"); empty leaves the space for the records office. */
  numbers: Record<DocKind, string>;
}

/** Defaults of a new machine. */
export const DEFAULT_DOC_SETTINGS: Readonly<DocSettings> = /* @__PURE__ */ Object.freeze({
  place: '',
  preparer: '',
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: '',
  numbers: /* @__PURE__ */ Object.freeze({ report: '', remarks: '', minutes: '', consolidated: '' }),
});

const MAX = 120;
const str = (v: unknown, fallback: string): string =>
  typeof v === 'string' ? v.normalize('NFC').slice(0, MAX) : fallback;

/** Settings from anything stored (unknown fields dropped, missing ones defaulted, texts capped). */
export function restoreDocSettings(v: unknown): DocSettings {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const n = (typeof o.numbers === 'object' && o.numbers !== null ? o.numbers : {}) as Record<string, unknown>;
  const d = DEFAULT_DOC_SETTINGS;
  return {
    place: str(o.place, d.place),
    preparer: str(o.preparer, d.preparer),
    signerAuthority: str(o.signerAuthority, d.signerAuthority),
    signerTitle: str(o.signerTitle, d.signerTitle),
    signerName: str(o.signerName, d.signerName),
    numbers: {
      report: str(n.report, ''),
      remarks: str(n.remarks, ''),
      minutes: str(n.minutes, ''),
      consolidated: str(n.consolidated, ''),
    },
  };
}
