/**
 * A moment as officers write it: "16:53 07/12/2026" (time, then the date as dd/mm/yyyy, four-digit year), on this
 * machine's clock; `seconds` adds ":ss" (the change history). The same in either UI language, as on paper.
 */
export function viDateTime(at: number | string | Date, opts: { seconds?: boolean } = {}): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${opts.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${time} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
