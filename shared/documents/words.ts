/**
 * The words of the header block that follow the administrative structure: the issuing body and its supervising
 * body from unit names, the place of the date line, the document number and the date line itself (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I). Content builders pass these as parameters to the layout (./admin-block.ts), so a
 * change of level (huyện → tỉnh) changes words here, not layouts.
 */

const TYPES = /^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố|Tỉnh)\s+/iu;

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/** "Xã Gia Phong" → "ỦY BAN NHÂN DÂN XÃ GIA PHONG"; a name already naming a body is kept ("SỞ …"). */
export function issuingBody(unitName: string): string {
  const n = unitName.trim();
  if (/^(ủy ban|uỷ ban|ubnd|sở|tổ)\b/iu.test(n)) return upper(n.replace(/^ubnd\b/iu, 'Ủy ban nhân dân'));
  return upper(`Ủy ban nhân dân ${n}`);
}

/** "Huyện Gia Viễn" → "UBND HUYỆN GIA VIỄN" (the supervising body line); '' for no name. */
export function supervisingBody(parentName: string): string {
  const n = parentName.trim();
  // No name, or a body whose name is not known ("UBND tỉnh"): the line is left out, as for a body without one.
  if (n === '' || /^ubnd (tỉnh|huyện)$/iu.test(n)) return '';
  return upper(/^(ubnd|ủy ban|uỷ ban|sở)\b/iu.test(n) ? n : `UBND ${n}`);
}

/** "UBND huyện Gia Viễn" as written in running text ("Kính gửi: …"). */
export function ubndInText(name: string): string {
  const n = name.trim();
  if (/^(ubnd|ủy ban|uỷ ban|sở)\b/iu.test(n)) return n;
  return `UBND ${n.replace(TYPES, (w) => w.toLowerCase())}`;
}

/** The place of the date line: "Xã Gia Phong" → "Gia Phong". */
export function placeOf(unitName: string): string {
  return unitName.trim().replace(TYPES, '');
}

/** "Số: 15/BC-UBND", or "Số:        /BC-UBND" with room to write the number by hand. */
export function documentNumber(number: string, type: string, issuer = 'UBND'): string {
  const n = number.trim();
  const suffix = type === '' ? issuer : `${type}-${issuer}`;
  return `Số: ${n === '' ? '\u00a0'.repeat(8) : n}/${suffix}`;
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * "ngày 05 tháng 01 năm 2026": a day below 10 and the months 1 and 2 with a leading zero, other months without
 * (Vietnam time, UTC+7).
 */
export function dateWords(ms: number): string {
  const t = new Date(ms + VN_OFFSET_MS);
  const d = t.getUTCDate();
  const m = t.getUTCMonth() + 1;
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${t.getUTCFullYear()}`;
}

/** "Gia Phong, ngày 05 tháng 01 năm 2026" (./dateWords), "……" when the place is not known. */
export function dateLine(place: string, ms: number): string {
  return `${place.trim() === '' ? '\u2026\u2026' : place.trim()}, ${dateWords(ms)}`;
}
