/**
 * The one door for every workbook that comes from outside (assessment, remarks, framework, unit list, setup
 * package, and any later kind): the zip guard first (size, entry count, ratio, encryption, macros, foreign
 * formats), then a bounded SheetJS read of cached values only, then grids with row, column and cell caps. Every
 * refusal is an `ExchangeError` value in Vietnamese; nothing thrown escapes.
 */
import type * as XLSX from 'xlsx';
import { readWorkbook, sheetToGrid, type GridRow } from '../excel/sheet-grid';
import { type ExchangeError, exchangeError } from './errors';
import { readGuardedWorkbook, type WantedSheet } from './guarded-read';
import type { HazardFinding } from './hazards';
import type { OfficePackage } from './package';
import { MEMORY_MESSAGE, MemoryCapExceeded, PARSE_HEAP_FACTOR } from './read-limits';
import { boundedZip, inspectZip, ZIP_CAPS } from './zip-guard';

/** An opened outside workbook (with the hazards to warn about), or why it was refused. */
export type Opened =
  | { ok: true; wb: XLSX.WorkBook; hazards: HazardFinding[]; pkg?: OfficePackage; zipComment?: string }
  | { ok: false; error: ExchangeError };

/** What a kind of outside file may be besides .xlsx: hand-made files (frameworks, unit lists) may be .ods or .xlsb. */
export interface OpenOptions {
  alsoAccept?: readonly ('ods' | 'xlsb')[];
  /**
   * The sheets the reader needs, each with its refusal when missing: checked from the workbook's sheet list
   * before any sheet is parsed, and only these are parsed. Every sheet is parsed when none is named.
   */
  wanted?: readonly WantedSheet[];
  /**
   * The reader's memory cap: called before SheetJS parses, with the heap the parse will hold (the unpacked sizes of
   * the parts it reads × `PARSE_HEAP_FACTOR`; for .ods and .xlsb, of every part); throwing `MemoryCapExceeded` there ends the open with the 'memory' refusal.
   */
  checkpoint?: (heldBytes: number) => void;
  /**
   * For an xlsx with `wanted` sheets: given the zip's comment, the names of the wanted sheets to parse; every wanted
   * one when undefined. The others are still checked (present, within the cell cap), not parsed.
   */
  parseOnly?: (zipComment: string) => readonly string[] | undefined;
}

/** Opens workbook bytes from outside through the zip guard and the bounded reader; never throws. */
export function openOutsideWorkbook(input: Uint8Array | ArrayBuffer, opts: OpenOptions = {}): Opened {
  try {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const zip = inspectZip(bytes, opts.alsoAccept ? { ...ZIP_CAPS, alsoAccept: opts.alsoAccept } : ZIP_CAPS);
    if (!zip.ok) return zip;
    // An xlsx goes through the package checks, the hazard scan and a parse of just the parts needed; the .ods and
    // .xlsb that hand-made files may be are read by SheetJS from the bounded zip.
    if (zip.entries.some((e) => e.name === 'xl/workbook.xml')) {
      const only = opts.wanted?.length ? opts.parseOnly?.(zip.comment) : undefined;
      const read = readGuardedWorkbook(bytes, zip.entries, opts.wanted, opts.checkpoint, only);
      return read.ok ? { ...read, zipComment: zip.comment } : read;
    }
    opts.checkpoint?.(zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0) * PARSE_HEAP_FACTOR);
    const wb = readWorkbook(boundedZip(bytes, zip.entries));
    if (!wb.ok)
      return { ok: false, error: exchangeError(wb.tooLarge ? 'too-large' : 'unreadable', wb.error, wb.detail) };
    return { ok: true, wb: wb.wb, hazards: [] };
  } catch (e) {
    if (e instanceof MemoryCapExceeded)
      return { ok: false, error: exchangeError('memory', MEMORY_MESSAGE, `${e.usedBytes} bytes`) };
    return {
      ok: false,
      error: exchangeError(
        'internal',
        'Không đọc được tệp do lỗi không lường trước.',
        e instanceof Error ? e.message : String(e),
      ),
    };
  }
}

/** A sheet's cells as rows, within the caps; a refusal names the sheet. */
export function gridOf(
  sheetName: string,
  sheet: XLSX.WorkSheet,
): { ok: true; rows: GridRow[] } | { ok: false; error: ExchangeError } {
  const g = sheetToGrid(sheet);
  if (g.ok) return g;
  const kind = g.row === undefined ? 'sheet-too-large' : 'cell-too-long';
  return { ok: false, error: exchangeError(kind, `Trang "${sheetName}": ${g.error}`) };
}

/** Files people make by hand (a framework, a unit list) may also come from LibreOffice (.ods) or as .xlsb. */
export const HAND_MADE: OpenOptions = Object.freeze({ alsoAccept: ['ods', 'xlsb'] as const });
