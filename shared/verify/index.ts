/** Verification (thẩm tra) of commune self-assessments: verdicts, figures twice, revisions, remarks, minutes, consolidation. */
export {
  type Verdict,
  VERDICTS,
  VERDICT_LABELS_VI,
  type VerifiedLayer,
  type PastVerdict,
  type VerifyBasis,
  type BasisField,
  type FieldChange,
  type StaleMark,
  type LayersInput,
  layerOf,
  currentVerdict,
} from './types';
export {
  applyVerdict,
  supersede,
  verifiedValue,
  agreeGroup,
  type SelfEntry,
  type VerdictInput,
  type VerdictField,
  type VerdictResult,
  type AgreeSkip,
  type AgreeGroupResult,
} from './verdict';
export {
  verificationFigures,
  verifyProgress,
  verifiedValues,
  selfValues,
  type VerificationFigures,
  type FigureDiff,
  type GroupDiff,
  type VerifyProgress,
} from './figures';
export { boardState, BOARD_STATES, BOARD_STATE_LABELS_VI, type BoardState } from './board';
export {
  carryReport,
  carryVerdicts,
  changedSinceVerified,
  basisChanges,
  type CarryItem,
  type CarryStatus,
} from './carry';
export {
  exportRemarks,
  buildRemarksManifest,
  collectRemarks,
  remarksFileName,
  REMARKS_FORMAT,
  REMARKS_FORMAT_VERSION,
  SHEET_REMARKS,
  type RemarkItem,
  type RemarksManifest,
  type RemarksInput,
} from './remarks';
export { remarksHeadline } from './remarks-headline';
export { readRemarksFile, type RemarksRead } from './remarks-read';
export {
  minutesModel,
  formatIndex,
  type MinutesInput,
  type MinutesModel,
  type MinutesAdjusted,
  type MinutesRequested,
  type MinutesTotal,
  type TeamMember,
} from './minutes';
export { minutesSheet, writeMinutes } from './minutes-sheet';
export {
  exportConsolidated,
  buildConsolidatedBook,
  consolidatedFileName,
  CONSOLIDATED_FORMAT,
  CONSOLIDATED_FORMAT_VERSION,
  SHEET_CONSOLIDATED,
  SHEET_DISTRICT,
  SHEET_MINUTES,
  type ConsolidatedInput,
  type ConsolidatedCommune,
  type ConsolidatedResult,
  type ConsolidatedBook,
} from './consolidated';
export { districtSummary, type DistrictSummary } from './district-sentence';
export {
  verifierReport,
  REPORT_STATUS_LABELS_VI,
  type VerifierReport,
  type ReportRow,
  type ReportStatus,
  type ReportCounts,
  type ReportUnitInput,
  type ReportGroupCell,
} from './report';
export { reportSentence, groupReached, type SentenceFacts } from './report-sentence';
export { competitionRanks } from './rank';
export { cleanSheetName, SheetNames, MAX_SHEET_NAME } from './sheet-names';
export { benchConsolidatedInput, sameCells, rawWrite } from './bench';
