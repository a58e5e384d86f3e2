/** How `dti-desk` reports files: one human line per file plus totals, or one JSON document (`--json`). */
import type { FileVerdict } from '@shared/exchange';
import { formatViCompact, formatViNumber } from '@shared/text';

/** One file in the JSON output. */
export type JsonFile = { file: string } & FileVerdict;

/** Totals of a run. */
export interface Totals {
  files: number;
  accepted: number;
  refused: number;
  seconds: number;
}

/** Detail lines are clipped on the terminal (the JSON output keeps them whole). */
const clip = (s: string, max = 240): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The human line(s) of one file: ✓ or ✗, the name, and what the verifier needs to know. */
export function fileLines(name: string, v: FileVerdict): string[] {
  if (v.verdict === 'refused') return [`✗ ${name} — ${v.message}`];
  const notes = [
    v.differences.length ? `${formatViNumber(v.differences.length)} ô khác với dữ liệu gốc` : '',
    v.problems.length ? `${formatViNumber(v.problems.length)} lưu ý trên trang tính` : '',
    v.warnings.length ? `${formatViNumber(v.warnings.length)} cảnh báo` : '',
  ].filter(Boolean);
  const head = `✓ ${name} — ${v.unit.name} (mã ${v.unit.code}), ${v.period}, bản r${v.revision}`;
  return [
    notes.length ? `${head}; ${notes.join(', ')}:` : head,
    ...v.differences.map((d) => `    · ${clip(d)}`),
    ...v.problems.map((p) => `    · ${clip(p)}`),
    ...v.warnings.map((w) => `    ⚠ ${clip(w)}`),
  ];
}

/** "3.321 tệp: 3.300 hợp lệ, 21 bị từ chối (12,3 giây)". */
export function totalsLine(t: Totals): string {
  return `${formatViNumber(t.files)} tệp: ${formatViNumber(t.accepted)} hợp lệ, ${formatViNumber(t.refused)} bị từ chối (${formatViCompact(t.seconds, 1)} giây).`;
}
