/** Excel exchange: a unit's assessment file out, commune files in at the district — safely. */
export { exportAssessment, buildManifest, type ExportInput, type ExportResult } from './export';
export { readAssessmentFile, type ImportRead, type ReadOptions } from './import';
export { inspectZip, boundedZip, ZIP_CAPS, type ZipCaps, type ZipEntry, type ZipInspection } from './zip-guard';
export { classifyRevision, checkContext, type RevisionClass, type ImportContext, type ContextCheck } from './context';
export { assessmentFileName, slugVi } from './file-name';
export { encodeCellText, decodeCellText } from '../excel/cell-text';
export {
  type Manifest,
  type ManifestPayload,
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  normalizeEntries,
  normalizeInfo,
  payloadSha256,
} from './manifest';
export { type Difference, type RowProblem } from './form-read';
export { type ExchangeError, type ExchangeErrorKind } from './errors';
export { SHEET_FORM, SHEET_SUMMARY, SHEET_MANIFEST } from './form-layout';
export { fileVerdict, type FileVerdict, type VerdictContext } from './file-verdict';
export {
  READ_TIMEOUT_MS,
  TIMEOUT_MESSAGE,
  READER_CRASH_MESSAGE,
  tooLargeToOpenMessage,
  READ_MEMORY_CAP_BYTES,
  MEMORY_MESSAGE,
  MemoryCapExceeded,
  MAX_IMPORT_BATCH,
  batchTooLargeMessage,
} from './read-limits';
export {
  scanHazards,
  hazard,
  isDdeFormula,
  HAZARD_DECISIONS,
  type HazardClass,
  type HazardDecision,
  type HazardFinding,
  type PackageView,
} from './hazards';
export { readGuardedWorkbook, type GuardedRead, type WantedSheet } from './guarded-read';
export { openPackage, MAX_PART_BYTES, type OfficePackage, type SheetRef } from './package';
export { changeExcerpts, type DiffPart, firstDifference, wordDiff } from './text-diff';
export { tooLongText } from './export';
