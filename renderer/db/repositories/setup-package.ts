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
  const fw = await defaultFramework(db, 'commune');
  if (!fw) return { ok: false, message: 'Máy này chưa có bộ chỉ số cấp xã.' };
  const level = receiving.type === 'province' ? 'province' : 'district';
  return {
    ok: true,
    pkg: {
      list: receiving.list ?? (level === 'province' ? '2025' : '2024'),
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
