/** The command line of `dti-desk`: parsed into a command, or a usage error (exit code 2) in Vietnamese. */
import type { Period } from '@shared/entry/types';

/** Options every command takes. */
export interface CommonOptions {
  json: boolean;
  /** Worker threads reading files; default: the machine's cores. */
  jobs?: number;
  /** Only files of this period are accepted (`--ky 2024` or `--ky 2024-6T`). */
  period?: Period;
  /** Only files sent to this district or province (its code) are accepted (`--cap-tren 373`). */
  parentCode?: string;
}

/** A parsed command line. */
export type Command =
  | ({ kind: 'check'; paths: string[] } & CommonOptions)
  | ({ kind: 'consolidate'; folder: string; out: string } & CommonOptions)
  | { kind: 'help' }
  | { kind: 'version' };

/** Result of `parseArgs`. */
export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

/** What `dti-desk --help` prints. */
export const USAGE = `Cách dùng / Usage:
  dti-desk check <tệp hoặc thư mục>…            kiểm tra các tệp như khi ứng dụng nhập tệp
  dti-desk consolidate <thư mục> -o tong-hop.xlsx   lập bảng tổng hợp từ các tệp của đơn vị

Tuỳ chọn / Options:
  --json          in kết quả dạng JSON (cho chương trình khác đọc)
  --ky <kỳ>       chỉ nhận tệp của kỳ này: 2024 (cả năm) hoặc 2024-6T (sơ kết 6 tháng)
  --cap-tren <mã> chỉ nhận tệp gửi đơn vị cấp trên này (mã huyện, hoặc mã tỉnh từ 7/2025)
  --jobs <n>      số luồng đọc tệp (mặc định: số nhân CPU)
  -o, --out <tệp> tệp tổng hợp cần ghi (lệnh consolidate)
  -h, --help      hướng dẫn này;  --version  phiên bản

Mã thoát / Exit codes: 0 mọi tệp hợp lệ · 1 có tệp bị từ chối · 2 sai cách dùng hoặc không chạy được`;

function parsePeriod(s: string): Period | undefined {
  const m = /^(\d{4})(-6T)?$/i.exec(s.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), kind: m[2] ? 'mid-year' : 'year' };
}

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const rest: string[] = [];
  const opts: CommonOptions = { json: false };
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | undefined => {
      const v = argv[i + 1];
      i++;
      return v === undefined || v.startsWith('-') ? undefined : v;
    };
    if (a === '-h' || a === '--help') return { ok: true, command: { kind: 'help' } };
    if (a === '--version') return { ok: true, command: { kind: 'version' } };
    if (a === '--json') opts.json = true;
    else if (a === '-o' || a === '--out') {
      out = value();
      if (!out) return { ok: false, message: `Thiếu tên tệp sau ${a}.` };
    } else if (a === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 64) return { ok: false, message: '--jobs cần một số từ 1 đến 64.' };
      opts.jobs = n;
    } else if (a === '--ky' || a === '--period') {
      const v = value();
      const p = v ? parsePeriod(v) : undefined;
      if (!p) return { ok: false, message: `${a} cần một kỳ dạng 2024 hoặc 2024-6T.` };
      opts.period = p;
    } else if (a === '--cap-tren' || a === '--parent') {
      const v = value();
      if (!v || !/^[0-9A-Za-z]{1,20}$/.test(v))
        return { ok: false, message: `${a} cần mã đơn vị cấp trên (ví dụ 373).` };
      opts.parentCode = v;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, message: `Tuỳ chọn không hợp lệ: ${a}` };
    else rest.push(a);
  }
  const [cmd, ...paths] = rest;
  if (cmd === 'check') {
    if (paths.length === 0) return { ok: false, message: 'Lệnh check cần ít nhất một tệp hoặc thư mục.' };
    if (out) return { ok: false, message: 'Lệnh check không ghi tệp; bỏ -o.' };
    return { ok: true, command: { kind: 'check', paths, ...opts } };
  }
  if (cmd === 'consolidate') {
    if (paths.length !== 1) return { ok: false, message: 'Lệnh consolidate cần đúng một thư mục.' };
    if (!out) return { ok: false, message: 'Lệnh consolidate cần tên tệp ghi ra: -o tong-hop.xlsx' };
    return { ok: true, command: { kind: 'consolidate', folder: paths[0] as string, out, ...opts } };
  }
  if (cmd === undefined) return { ok: false, message: 'Thiếu lệnh (check hoặc consolidate).' };
  return { ok: false, message: `Lệnh không hợp lệ: ${cmd}` };
}
