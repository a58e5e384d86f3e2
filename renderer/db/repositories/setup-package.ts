import type { SetupPackage } from '@shared/exchange/setup-package';
import type { DtiDatabase } from '../database';
import { addFramework, defaultFramework } from './frameworks';
import { getMeta } from './meta';
import { getDistrict } from './units';

/** What the verifier's machine puts in its package: its unit, its list and the commune framework in force. */
export async function setupPackageOf(
  db: DtiDatabase,
): Promise<{ ok: true; pkg: SetupPackage } | { ok: false; message: string }> {
  const role = await getMeta(db, 'role');
  const receiving = await getDistrict(db);
  if (!receiving || role?.kind === 'commune')
    return { ok: false, message: 'Chỉ máy của đơn vị thẩm tra (huyện, tỉnh) lập được gói thiết lập cho xã.' };
  const level = receiving.type === 'province' ? 'province' : 'district';
  const list = receiving.list ?? (level === 'province' ? '2025' : '2024');
  // The commune set in force for the verifier's period: from 7/2025 the one worded "xã, phường, đặc khu".
  const fw = await defaultFramework(db, 'commune', list);
  if (!fw) return { ok: false, message: 'Máy này chưa có bộ chỉ số cấp xã cho giai đoạn này.' };
  return {
    ok: true,
    pkg: {
      list,
      receiving: { code: receiving.code, name: receiving.name, level },
      framework: fw.framework,
      createdAt: new Date().toISOString(),
    },
  };
}

/**
 * Puts the package's framework in force on a commune's machine: stored if new, and made the one new assessments
 * get (the most recently loaded of its level). A different content under the same id and version is refused.
 */
export async function installPackageFramework(
  db: DtiDatabase,
  pkg: SetupPackage,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const r = await addFramework(db, pkg.framework);
  if (r.kind === 'refused') return { ok: false, message: r.message };
  await db.frameworks.update([pkg.framework.id, pkg.framework.version], { loadedAt: Date.now() });
  return { ok: true };
}

/** What a commune machine that is already set up took from a package opened again in Cài đặt. */
export interface ReceivedPackage {
  /** 'added': a framework version new to this machine; 'unchanged': already held (made the one in force again). */
  kind: 'added' | 'unchanged';
  title: string;
  version: string;
}

/**
 * A package opened again on a commune machine already set up (Cài đặt): it must come from this machine's receiving
 * unit (same code), and its commune framework becomes the one new assessments get, stored if new. Assessments
 * already begun keep their framework; nothing else changes. Refused, with both names, when it is another unit's.
 */
export async function receivePackage(
  db: DtiDatabase,
  pkg: SetupPackage,
): Promise<{ ok: true; received: ReceivedPackage } | { ok: false; message: string }> {
  const role = await getMeta(db, 'role');
  const receiving = await getDistrict(db);
  if (role?.kind !== 'commune' || !receiving)
    return { ok: false, message: 'Chỉ máy của xã đã thiết lập mới nhận gói thiết lập ở đây.' };
  if (pkg.receiving.code !== receiving.code)
    return {
      ok: false,
      message:
        `Gói này của ${pkg.receiving.name} (mã ${pkg.receiving.code}), không phải của đơn vị nhận tệp của máy này: ` +
        `${receiving.name} (mã ${receiving.code}). Không có gì thay đổi.`,
    };
  const held = await db.frameworks.get([pkg.framework.id, pkg.framework.version]);
  const r = await installPackageFramework(db, pkg);
  if (!r.ok) return { ok: false, message: `${r.message} Không có gì thay đổi.` };
  return {
    ok: true,
    received: {
      kind: held ? 'unchanged' : 'added',
      title: pkg.framework.title,
      version: pkg.framework.version,
    },
  };
}
