/** A date typed the Vietnamese way (dd/mm/yyyy), read or refused. */
export type ViDateResult = { ok: true; iso: string } | { ok: false; error: string };

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Reads "12/3/2024" or "12-03-2024" into ISO "2024-03-12"; refuses impossible dates like 31/02/2024. */
export function parseViDate(s: string): ViDateResult {
  const m = DMY.exec(s.trim());
  if (!m)
    return {
      ok: false,
      error: `"${s.trim()}" không phải ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 12/03/2024).`,
    };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { ok: false, error: `Ngày ${s.trim()} không tồn tại.` };
  }
  return { ok: true, iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Formats ISO "2024-03-12" as "12/03/2024". */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** First and last day (ISO) of a period: the calendar year, or its first six months for the mid-year review. */
export function periodRange(period: { year: number; kind: 'year' | 'mid-year' }): { from: string; to: string } {
  return { from: `${period.year}-01-01`, to: period.kind === 'year' ? `${period.year}-12-31` : `${period.year}-06-30` };
}

/** Checks an evidence date: empty is fine; otherwise it must be a real date within the assessment period. */
export function checkEvidenceDate(s: string, period: { year: number; kind: 'year' | 'mid-year' }): string | null {
  if (s.trim() === '') return null;
  const r = parseViDate(s);
  if (!r.ok) return r.error;
  const { from, to } = periodRange(period);
  if (r.iso < from || r.iso > to) {
    return `Ngày văn bản ${formatViDate(r.iso)} nằm ngoài kỳ đánh giá (${formatViDate(from)} – ${formatViDate(to)}).`;
  }
  return null;
}
