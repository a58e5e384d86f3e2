/**
 * What is on disk before the app opens its database. Dexie 4 opens a database of ANY version and then bends it to
 * the declared schema (creating missing tables, raising the version), and a changed key breaks it outright; a
 * database written by a newer app must therefore be refused before Dexie ever opens it. Everything here only reads.
 */
import { CURRENT_SCHEMA_VERSION, CURRENT_TABLES, DB_NAME, dexieVersionOf } from './schema';

/** The database on disk: absent, or its Dexie version and tables. */
export type InstalledDatabase = { exists: false } | { exists: true; version: number; tables: string[] };

/** Reads the installed database's version (and, when it exists, its tables) without creating or upgrading it. */
export async function inspectInstalled(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<InstalledDatabase> {
  const listed = (await factory.databases()).find((d) => d.name === name);
  if (!listed?.version) return { exists: false };
  const tables = await new Promise<string[]>((resolve, reject) => {
    // No version: opens what is there as it is (it exists, so nothing is created and no upgrade runs).
    const req = factory.open(name);
    req.onupgradeneeded = () => {
      // The database vanished between the listing and the open: undo the empty one this open would create.
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const names = Array.from(req.result.objectStoreNames);
      req.result.close();
      resolve(names);
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onblocked = () => reject(new Error('blocked'));
  });
  return { exists: true, version: dexieVersionOf(listed.version), tables };
}

/** Whether the app may open the installed database, and what to tell the officer when not. */
export type OpenVerdict =
  | { kind: 'fresh' }
  | { kind: 'current' }
  | { kind: 'upgrade'; from: number }
  | { kind: 'newer'; installed: number; message: string; params: { installed: string; current: number } }
  | { kind: 'foreign'; message: string };

const WHAT_TO_DO =
  'Để không làm hỏng dữ liệu, ứng dụng không mở và không ghi gì vào cơ sở dữ liệu này. Hãy cài DTI Desk bản mới ' +
  'hơn (bản đã tạo ra dữ liệu này), hoặc khôi phục dữ liệu từ một tệp sao lưu (.dtidesk) bằng bản mới đó.';

/** Judges the installed database against this app's schema (pure). */
export function judgeInstalled(installed: InstalledDatabase, current = CURRENT_SCHEMA_VERSION): OpenVerdict {
  if (!installed.exists) return { kind: 'fresh' };
  const v = installed.version;
  if (v > current) {
    const shown = Number.isInteger(v) ? String(v) : v.toLocaleString('vi-VN');
    return {
      kind: 'newer',
      installed: v,
      params: { installed: shown, current },
      message:
        `Dữ liệu trên máy này do một phiên bản DTI Desk mới hơn ghi (cơ sở dữ liệu phiên bản ${shown}); ` +
        `phiên bản ứng dụng đang chạy chỉ biết đến cơ sở dữ liệu phiên bản ${current}. ${WHAT_TO_DO}`,
    };
  }
  if (v === current) {
    const missing = CURRENT_TABLES.filter((t) => !installed.tables.includes(t));
    const extra = installed.tables.filter((t) => !CURRENT_TABLES.includes(t));
    if (missing.length || extra.length) {
      return {
        kind: 'foreign',
        message:
          `Cơ sở dữ liệu trên máy (phiên bản ${v}) không đúng cấu trúc mà ứng dụng biết` +
          `${missing.length ? `: thiếu bảng ${missing.join(', ')}` : ''}` +
          `${extra.length ? `${missing.length ? '; ' : ': '}có bảng lạ ${extra.join(', ')}` : ''}. ${WHAT_TO_DO}`,
      };
    }
    return { kind: 'current' };
  }
  return { kind: 'upgrade', from: v };
}
