/** Vietnamese UI strings, the app's first language: one catalogue per area of the app (./areas), merged. */
import { shellVi } from './areas/shell';
import { assessmentsVi } from './areas/assessments';
import { entryVi } from './areas/entry';
import { setupVi } from './areas/setup';
import { verifyVi } from './areas/verify';
import { verifyBoardVi } from './areas/verify-board';
import { minutesVi } from './areas/minutes';
import { summaryVi } from './areas/summary';
import { settingsVi } from './areas/settings';
import { frameworksVi } from './areas/frameworks';
import { unitsVi } from './areas/units';
import { handoffVi } from './areas/handoff';
import { componentsVi } from './areas/components';
import { exchangeVi } from './areas/exchange';
import { refusalsVi } from './areas/refusals';
import { sharedOutsideVi } from './areas/shared-outside';
import { sharedValuesVi } from './areas/shared-values';

/** Every area's catalogue; a key must be defined in one area only (tests/renderer/i18n/messages.test.ts). */
export const viAreas = [
  shellVi,
  assessmentsVi,
  entryVi,
  setupVi,
  verifyVi,
  verifyBoardVi,
  minutesVi,
  summaryVi,
  settingsVi,
  frameworksVi,
  unitsVi,
  handoffVi,
  componentsVi,
  exchangeVi,
  refusalsVi,
  sharedOutsideVi,
  sharedValuesVi,
] as const;

export const vi = {
  ...shellVi,
  ...assessmentsVi,
  ...entryVi,
  ...setupVi,
  ...verifyVi,
  ...verifyBoardVi,
  ...minutesVi,
  ...summaryVi,
  ...settingsVi,
  ...frameworksVi,
  ...unitsVi,
  ...handoffVi,
  ...componentsVi,
  ...exchangeVi,
  ...refusalsVi,
  ...sharedOutsideVi,
  ...sharedValuesVi,
};

export type MessageKey = keyof typeof vi;
