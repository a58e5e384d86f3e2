import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppState } from './slices/app-state';
import { createEntrySlice } from './slices/entry';
import { createUiSlice } from './slices/ui';
import { createVerifySlice } from './slices/verify';

export type { AppState };

/** Builds a fresh store (tests use it to start clean). */
export function createAppStore() {
  return create<AppState>()(
    persist((...a) => ({ ...createUiSlice(...a), ...createEntrySlice(...a), ...createVerifySlice(...a) }), {
      name: 'dti-desk-ui',
      version: 1,
      storage: createJSONStorage(() => globalThis.localStorage),
      // What a person expects back after a restart: language, the open form, the receiving period, their name.
      partialize: (s) => ({
        language: s.language,
        openAssessmentId: s.openAssessmentId,
        receivingPeriod: s.receivingPeriod,
        verifierName: s.verifierName,
      }),
    }),
  );
}

/** The app's one UI store. */
export const useAppStore = createAppStore();
