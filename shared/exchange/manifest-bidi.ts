/**
 * Bidirectional controls (U+202E and friends) in a received manifest: stripped from every name and text field
 * after the SHA-256 check (the hash covers the text as exported), and reported as one 'bidi-control' warning that
 * names the fields, so "abc\u202Egnp.exe" can never display as "abcexe.png" in the app or in what it exports.
 */
import { fieldLabel } from '../entry/field-labels';
import type { EntryData, Evidence } from '../entry/types';
import { hasBidi, stripBidi } from '../text/normalize';
import { INFO_LABELS } from './form-layout';
import { hazard, type HazardFinding } from './hazards';
import type { Manifest } from './manifest';

/** The manifest without bidi controls, and the warning naming the fields that held one. */
export function stripManifestBidi(m: Manifest): { manifest: Manifest; finding?: HazardFinding } {
  const where: string[] = [];
  // The label is built only for a field that holds a control (this runs over every field of every file).
  const clean = (s: string, label: string | (() => string)): string => {
    if (!hasBidi(s)) return s;
    where.push(typeof label === 'string' ? label : label());
    return stripBidi(s);
  };
  if (!hasBidi(JSON.stringify([m.unit.name, m.district.name, m.info, m.entries]))) return { manifest: m };
  const info = { ...m.info };
  for (const [f, label] of INFO_LABELS) info[f] = clean(info[f], `Thông tin chung (${label})`);
  const entries = m.entries.map((e): EntryData => {
    const at = (f: string) => () => `chỉ số ${e.code} (${fieldLabel(f)})`;
    const raw: EntryData['raw'] = {};
    for (const [f, v] of Object.entries(e.raw)) raw[f as keyof EntryData['raw']] = clean(v, at(f));
    const evidence = {} as Evidence;
    for (const [f, v] of Object.entries(e.evidence)) evidence[f as keyof Evidence] = clean(v, at(f));
    return { code: e.code, raw, evidence, note: clean(e.note, at('note')) };
  });
  const manifest: Manifest = {
    ...m,
    unit: { ...m.unit, name: clean(m.unit.name, 'tên đơn vị') },
    district: { ...m.district, name: clean(m.district.name, 'tên huyện') },
    info,
    entries,
  };
  if (where.length === 0) return { manifest: m };
  const list =
    where.length <= 4 ? where.join(', ') : `${where.slice(0, 4).join(', ')} và ${where.length - 4} trường khác`;
  return { manifest, finding: hazard('bidi-control', list) };
}
