import type { StateCreator } from 'zustand';
import type { Period } from '@shared/entry/types';
import type { AppState } from '../index';

/** Thẩm tra: which period the district is receiving files for (files of another period are refused). */
export interface VerifySlice {
  receivingPeriod: Period;
  setReceivingPeriod: (period: Period) => void;
}

export const createVerifySlice: StateCreator<AppState, [], [], VerifySlice> = (set) => ({
  // Same default as the commune's "Mở bản đánh giá": the current year.
  receivingPeriod: { year: new Date().getFullYear(), kind: 'year' },
  setReceivingPeriod: (receivingPeriod) => set({ receivingPeriod }),
});

/** Plain selectors for the verify slice. */
export const verifySelectors = {
  receivingPeriod: (s: AppState) => s.receivingPeriod,
};
