/**
 * Pure validators for every IPC argument. Main treats what the renderer sends as `unknown` and only a value
 * these functions accept ever reaches a dialog, the disk or the OS. No node, electron or DOM here: the same
 * checks run in main, in the renderer and in tests. Error texts are Vietnamese because the UI shows them.
 */
import {
  AUTO_BACKUP_NAME,
  MAX_BACKUP_BYTES,
  MAX_SAVE_FILE_BYTES,
  type ReadAutoBackupRequest,
  type SaveBackupRequest,
  type WriteAutoBackupRequest,
  type Channel,
  type FileFilter,
  type IpcContract,
  type OpenExternalRequest,
  type OpenFilesRequest,
  type PrintToPdfRequest,
  type RevealFileRequest,
  type SaveFileRequest,
} from './contract';

/** What a validator answers: the checked (and freshly built) value, or a Vietnamese reason. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };
/** A validator takes anything and either accepts it as a T or says why not. */
export type Validator<T> = (input: unknown) => Validation<T>;

/** Longest file name accepted (Windows caps a path component at 255). */
export const MAX_FILE_NAME_LENGTH = 200;
/** Longest path accepted (long enough for deep Windows folders, short enough to refuse junk). */
export const MAX_PATH_LENGTH = 4096;
/** Longest URL handed to the OS. */
export const MAX_URL_LENGTH = 2048;
const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 20;
const MAX_FILTER_NAME_LENGTH = 100;

const ok = <T>(value: T): Validation<T> => ({ ok: true, value });
const fail = <T>(error: string): Validation<T> => ({ ok: false, error });

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** True when `text` holds a C0 control character, DEL or a C1 control character. */
function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

/** A bare file name offered in a save dialog: no folders, no `..`, nothing Windows would refuse. */
export function validateFileName(input: unknown): Validation<string> {
  if (typeof input !== 'string') return fail('Tên tệp phải là một chuỗi ký tự.');
  if (input.trim().length === 0) return fail('Tên tệp không được để trống.');
  if (input.length > MAX_FILE_NAME_LENGTH) return fail(`Tên tệp dài quá ${MAX_FILE_NAME_LENGTH} ký tự.`);
  if (hasControlChar(input)) return fail('Tên tệp chứa ký tự điều khiển.');
  if (input.includes('/') || input.includes('\\')) return fail('Tên tệp không được chứa dấu / hoặc \\.');
  if (input.includes('..')) return fail('Tên tệp không được chứa "..".');
  if (WINDOWS_FORBIDDEN.test(input)) return fail('Tên tệp không được chứa các ký tự < > : " | ? *.');
  if (/[. ]$/.test(input)) return fail('Tên tệp không được kết thúc bằng dấu chấm hoặc khoảng trắng.');
  const stem = input.split('.')[0] ?? '';
  if (WINDOWS_RESERVED.test(stem.trim())) return fail(`"${stem}" là tên dành riêng của Windows.`);
  return ok(input);
}

/** Dialog filters: a short list of { name, extensions } with plain alphanumeric extensions (or `*`). */
export function validateFilters(input: unknown): Validation<FileFilter[]> {
  if (!Array.isArray(input)) return fail('Bộ lọc tệp phải là một danh sách.');
  if (input.length > MAX_FILTERS) return fail(`Tối đa ${MAX_FILTERS} bộ lọc tệp.`);
  const filters: FileFilter[] = [];
  for (const item of input) {
    if (!isRecord(item)) return fail('Mỗi bộ lọc tệp phải có tên và danh sách đuôi tệp.');
    const { name, extensions } = item;
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_FILTER_NAME_LENGTH || hasControlChar(name)) {
      return fail('Tên bộ lọc tệp không hợp lệ.');
    }
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      return fail(`Bộ lọc "${name}" phải có từ 1 đến ${MAX_EXTENSIONS} đuôi tệp.`);
    }
    const clean: string[] = [];
    for (const ext of extensions) {
      if (typeof ext !== 'string' || !(ext === '*' || /^[A-Za-z0-9]{1,10}$/.test(ext))) {
        return fail(`Đuôi tệp không hợp lệ trong bộ lọc "${name}".`);
      }
      clean.push(ext);
    }
    filters.push({ name, extensions: clean });
  }
  return ok(filters);
}

/** File contents to write: a Uint8Array no larger than `max` bytes. */
export function validateBytes(input: unknown, max: number = MAX_SAVE_FILE_BYTES): Validation<Uint8Array> {
  if (!(input instanceof Uint8Array)) return fail('Nội dung tệp phải là dữ liệu nhị phân (Uint8Array).');
  if (input.byteLength > max) {
    return fail(`Tệp quá lớn (${formatMegabytes(input.byteLength)}); giới hạn là ${formatMegabytes(max)}.`);
  }
  return ok(input);
}

/** "20 MB"-style size for messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** True for `/abs/path`, `C:\abs\path`, `C:/abs/path` and `\\server\share\path`. */
function isAbsolutePathText(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(path);
}

/** An absolute path (POSIX or Windows) with no `.`/`..` segment and no NUL or control character. */
export function validateAbsolutePath(input: unknown): Validation<string> {
  if (typeof input !== 'string' || input.length === 0) return fail('Đường dẫn phải là một chuỗi ký tự.');
  if (input.length > MAX_PATH_LENGTH) return fail('Đường dẫn quá dài.');
  if (hasControlChar(input)) return fail('Đường dẫn chứa ký tự không hợp lệ.');
  if (!isAbsolutePathText(input)) return fail('Đường dẫn phải là đường dẫn tuyệt đối.');
  const segments = input.split(/[\\/]/);
  if (segments.some((s) => s === '..' || s === '.')) return fail('Đường dẫn không được chứa "." hoặc "..".');
  return ok(input);
}

/** The lower-cased scheme of an absolute URL (`https`, `mailto`…), or null when there is none. */
export function urlScheme(url: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Whether a URL may be handed to the OS: only `https://host…` (no credentials) and `mailto:…`, no
 * whitespace, control characters or backslashes (which browsers read as slashes). Pure: no side effect.
 */
export function isSafeExternalUrl(input: unknown): input is string {
  return validateExternalUrl(input).ok;
}

/** The validator behind {@link isSafeExternalUrl}, with a Vietnamese reason when it refuses. */
export function validateExternalUrl(input: unknown): Validation<string> {
  if (typeof input !== 'string' || input.length === 0) return fail('Địa chỉ phải là một chuỗi ký tự.');
  if (input.length > MAX_URL_LENGTH) return fail('Địa chỉ quá dài.');
  if (hasControlChar(input) || /\s/.test(input) || input.includes('\\')) {
    return fail('Địa chỉ chứa ký tự không hợp lệ.');
  }
  const scheme = urlScheme(input);
  if (scheme === 'https') {
    const rest = input.slice('https:'.length);
    if (!rest.startsWith('//')) return fail('Địa chỉ https không hợp lệ.');
    const authority = rest.slice(2).split(/[/?#]/)[0] ?? '';
    if (authority.includes('@')) return fail('Địa chỉ không được chứa tên đăng nhập hoặc mật khẩu.');
    const host = authority.replace(/:\d{1,5}$/, '');
    if (!/^(\[[0-9A-Fa-f:.]+\]|[^:[\]]+)$/.test(host) || host.startsWith('.') || host.includes('..')) {
      return fail('Địa chỉ https không có tên máy chủ hợp lệ.');
    }
    return ok(input);
  }
  if (scheme === 'mailto') {
    if (input.length <= 'mailto:'.length) return fail('Địa chỉ thư điện tử trống.');
    return ok(input);
  }
  return fail('Chỉ mở được địa chỉ https: hoặc mailto:.');
}

function field(input: unknown, what: string): Validation<Record<string, unknown>> {
  return isRecord(input) ? ok(input) : fail(`Yêu cầu ${what} không hợp lệ.`);
}

/** `file:save` — a bare name, the bytes (≤ MAX_SAVE_FILE_BYTES) and the dialog filters. */
export function validateSaveFileRequest(input: unknown): Validation<SaveFileRequest> {
  const req = field(input, 'lưu tệp');
  if (!req.ok) return req;
  const name = validateFileName(req.value.suggestedName);
  if (!name.ok) return name;
  const bytes = validateBytes(req.value.bytes, MAX_SAVE_FILE_BYTES);
  if (!bytes.ok) return bytes;
  const filters = validateFilters(req.value.filters);
  if (!filters.ok) return filters;
  return ok({ suggestedName: name.value, bytes: bytes.value, filters: filters.value });
}

/** `file:open` — whether several files may be picked, and the dialog filters. */
export function validateOpenFilesRequest(input: unknown): Validation<OpenFilesRequest> {
  const req = field(input, 'mở tệp');
  if (!req.ok) return req;
  if (typeof req.value.multiple !== 'boolean') return fail('Trường "multiple" phải là true hoặc false.');
  const filters = validateFilters(req.value.filters);
  if (!filters.ok) return filters;
  const max = req.value.maxFiles;
  if (max === undefined) return ok({ multiple: req.value.multiple, filters: filters.value });
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 100_000)
    return fail('Trường "maxFiles" phải là số nguyên từ 1 đến 100.000.');
  return ok({ multiple: req.value.multiple, filters: filters.value, maxFiles: max });
}

/** `file:reveal` — an absolute path without `..`. */
export function validateRevealFileRequest(input: unknown): Validation<RevealFileRequest> {
  const req = field(input, 'mở thư mục');
  if (!req.ok) return req;
  const path = validateAbsolutePath(req.value.path);
  return path.ok ? ok({ path: path.value }) : path;
}

/**
 * A `mailto:` URL and nothing else: the only kind the desktop hands to the OS (the e-mail to the province). An
 * https: link opened from an offline office PC has nothing to offer and is one more way out of the sandbox.
 */
export function validateMailtoUrl(input: unknown): Validation<string> {
  const url = validateExternalUrl(input);
  if (!url.ok) return url.error.includes('https:') ? fail('Chỉ mở được địa chỉ thư điện tử (mailto:).') : url;
  return urlScheme(url.value) === 'mailto' ? url : fail('Chỉ mở được địa chỉ thư điện tử (mailto:).');
}

/** `shell:open-external` — a mailto: URL. */
export function validateOpenExternalRequest(input: unknown): Validation<OpenExternalRequest> {
  const req = field(input, 'mở liên kết');
  if (!req.ok) return req;
  const url = validateMailtoUrl(req.value.url);
  return url.ok ? ok({ url: url.value }) : url;
}

/** `app:info` — takes nothing: an empty object (or nothing at all). */
export function validateEmptyRequest(input: unknown): Validation<Record<string, never>> {
  if (input === undefined || input === null) return ok({});
  if (isRecord(input) && Object.keys(input).length === 0) return ok({});
  return fail('Yêu cầu này không nhận tham số.');
}

/** `print:pdf` — a bare file name (as `file:save` accepts) that ends in `.pdf`. */
export function validatePrintToPdfRequest(input: unknown): Validation<PrintToPdfRequest> {
  const req = field(input, 'in ra PDF');
  if (!req.ok) return req;
  const name = validateFileName(req.value.suggestedName);
  if (!name.ok) return name;
  if (!/\.pdf$/i.test(name.value) || name.value.length <= 4) return fail('Tên tệp PDF phải kết thúc bằng .pdf.');
  return ok({ suggestedName: name.value });
}

/** `backup:write-auto` — a known reason and the file's bytes (≤ MAX_BACKUP_BYTES). */
export function validateWriteAutoBackupRequest(input: unknown): Validation<WriteAutoBackupRequest> {
  const req = field(input, 'sao lưu tự động');
  if (!req.ok) return req;
  const reason = req.value.reason;
  if (reason !== 'daily' && reason !== 'import' && reason !== 'upgrade' && reason !== 'restore') {
    return fail('Lý do sao lưu không hợp lệ.');
  }
  const bytes = validateBytes(req.value.bytes, MAX_BACKUP_BYTES);
  if (!bytes.ok) return bytes;
  return ok({ reason, bytes: bytes.value });
}

/** `backup:save-as` — a bare name ending in `.dtidesk` and the file's bytes. */
export function validateSaveBackupRequest(input: unknown): Validation<SaveBackupRequest> {
  const req = field(input, 'sao lưu');
  if (!req.ok) return req;
  const name = validateFileName(req.value.suggestedName);
  if (!name.ok) return name;
  if (!/\.dtidesk$/i.test(name.value) || name.value.length <= 8)
    return fail('Tên tệp sao lưu phải kết thúc bằng .dtidesk.');
  const bytes = validateBytes(req.value.bytes, MAX_BACKUP_BYTES);
  if (!bytes.ok) return bytes;
  return ok({ suggestedName: name.value, bytes: bytes.value });
}

/** `backup:read` — the name of an automatic backup, exactly as the app names them (no path). */
export function validateReadAutoBackupRequest(input: unknown): Validation<ReadAutoBackupRequest> {
  const req = field(input, 'đọc bản sao lưu');
  if (!req.ok) return req;
  const name = req.value.name;
  if (typeof name !== 'string' || !AUTO_BACKUP_NAME.test(name)) return fail('Tên bản sao lưu tự động không hợp lệ.');
  return ok({ name });
}

/** One validator per channel; main registers each handler with its entry here. */
export const REQUEST_VALIDATORS: { [C in Channel]: Validator<IpcContract[C]['req']> } = {
  'file:save': validateSaveFileRequest,
  'file:open': validateOpenFilesRequest,
  'file:reveal': validateRevealFileRequest,
  'shell:open-external': validateOpenExternalRequest,
  'app:info': validateEmptyRequest,
  'print:pdf': validatePrintToPdfRequest,
  'backup:status': validateEmptyRequest,
  'backup:write-auto': validateWriteAutoBackupRequest,
  'backup:save-as': validateSaveBackupRequest,
  'backup:open': validateEmptyRequest,
  'backup:read': validateReadAutoBackupRequest,
};
