/**
 * Limits of the reader that runs `readAssessmentFile` off the main thread (the app's Web Worker, the command-line
 * tool's worker threads) and the refusals they lead to: one text for both, so a file gets the same message
 * whichever reader met it.
 */
import { MAX_OPEN_FILE_BYTES } from '../ipc/contract';
import { formatViNumber } from '../text/numbers';

/** How long one file may take before its reader is stopped. */
export const READ_TIMEOUT_MS = 10_000;

/** The message for a file that ran past the time limit. */
export const TIMEOUT_MESSAGE = 'Tệp xử lý quá lâu, đã dừng.';

/** The message for a file whose reader crashed (out of memory, or a parser failure that escaped). */
export const READER_CRASH_MESSAGE = 'Bộ đọc tệp gặp lỗi và đã dừng (tệp có thể quá lớn hoặc hỏng).';

/**
 * The message for a file refused before reading because of its size: above `limitBytes`, the size the app opens
 * (a backup file has its own, larger limit). One sentence wherever a file is refused for its size, so the UI can say
 * it in its language (i18n/areas/shared-outside.ts).
 */
export function tooLargeToOpenMessage(limitBytes: number = MAX_OPEN_FILE_BYTES): string {
  return `Tệp lớn hơn ${formatViNumber(Math.round(limitBytes / 1024 / 1024))} MB, không mở.`;
}

/** Most memory (JavaScript heap) a reader may grow to while reading one file before it is stopped. */
export const READ_MEMORY_CAP_BYTES = 512 * 1024 * 1024;

/** The message for a file whose reading grew past the memory cap. */
export const MEMORY_MESSAGE =
  'Tệp cần quá nhiều bộ nhớ khi đọc (trên 512 MB), bộ đọc đã dừng để bảo vệ máy; các tệp khác vẫn được đọc tiếp. Đề nghị đơn vị xuất lại tệp từ DTI Desk.';

/**
 * How much heap a SheetJS parse holds per byte of XML it is given. Measured on exports with 0, 2,000 and 10,000
 * characters of giải trình per indicator (Node, heap after GC): the parsed workbook keeps about 1,8× the XML and the
 * parse's own garbage reaches about 3× more at its peak. A worker cannot see its heap in Chromium (no
 * `performance.memory` in workers), so the reader's checkpoint is given this estimate from the parts' real
 * unpacked sizes, before the parse starts.
 */
export const PARSE_HEAP_FACTOR = 6;

/** Thrown by a reader's checkpoint when its heap is past the cap; `readAssessmentFile` turns it into a refusal. */
export class MemoryCapExceeded extends Error {
  constructor(readonly usedBytes: number) {
    super(`heap ${usedBytes} bytes`);
  }
}

/**
 * Files the app takes in one import. The largest provinces have 130–170 communes; a whole country's 3,321 files
 * belong to the command-line tool, which streams them in flat memory.
 */
export const MAX_IMPORT_BATCH = 1000;

/** The refusal of a batch above `MAX_IMPORT_BATCH`, pointing to the command-line tool. */
export function batchTooLargeMessage(count: number): string {
  return (
    `Lượt nhập có ${formatViNumber(count)} tệp, nhiều hơn ${formatViNumber(MAX_IMPORT_BATCH)} tệp mà ứng dụng nhận ` +
    `trong một lượt; chưa kiểm tra, chưa nhập tệp nào. Hãy chia thành các lượt nhỏ hơn (mỗi tỉnh hoặc huyện một ` +
    `lượt), hoặc kiểm tra cả thư mục bằng công cụ dòng lệnh: dti-desk check <thư mục> (xem README, mục "Command-line tool").`
  );
}
