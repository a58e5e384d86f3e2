import type { MessageKey } from './vi';
import { shellEn } from './areas/shell';
import { assessmentsEn } from './areas/assessments';
import { entryEn } from './areas/entry';
import { setupEn } from './areas/setup';
import { verifyEn } from './areas/verify';
import { verifyBoardEn } from './areas/verify-board';
import { minutesEn } from './areas/minutes';
import { summaryEn } from './areas/summary';
import { settingsEn } from './areas/settings';
import { frameworksEn } from './areas/frameworks';
import { unitsEn } from './areas/units';
import { handoffEn } from './areas/handoff';
import { componentsEn } from './areas/components';
import { exchangeEn } from './areas/exchange';
import { refusalsEn } from './areas/refusals';
import { sharedOutsideEn } from './areas/shared-outside';
import { sharedValuesEn } from './areas/shared-values';

/** English UI strings, the second language: the same keys as ./vi.ts, area by area (exports stay Vietnamese). */
export const en: Record<MessageKey, string> = {
  ...shellEn,
  ...assessmentsEn,
  ...entryEn,
  ...setupEn,
  ...verifyEn,
  ...verifyBoardEn,
  ...minutesEn,
  ...summaryEn,
  ...settingsEn,
  ...frameworksEn,
  ...unitsEn,
  ...handoffEn,
  ...componentsEn,
  ...exchangeEn,
  ...refusalsEn,
  ...sharedOutsideEn,
  ...sharedValuesEn,
};
