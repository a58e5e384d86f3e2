import type { StateCreator } from 'zustand';
import type { Period } from '@shared/entry/types';
import type { AppState } from './app-state';

/** Which indicators the commune verification page shows. */
export type VerifyFilter = 'all' | 'unverified' | 'differences' | 'requests' | 'changed';

/**
 * Thẩm tra: which period the district is receiving files for (files of another period are refused), the commune
 * assessment being verified, its filter, and the verifier's name written into each verdict.
 */
export interface VerifySlice {
  receivingPeriod: Period;
  setReceivingPeriod: (period: Period) => void;
  /** The received assessment open on the verification page; null shows the board. */
  verifyAssessmentId: string | null;
  openVerification: (assessmentId: string | null) => void;
  verifyFilter: VerifyFilter;
  setVerifyFilter: (filter: VerifyFilter) => void;
  verifierName: string;
  setVerifierName: (name: string) => void;
}

export const createVerifySlice: StateCreator<AppState, [], [], VerifySlice> = (set) => ({
  // Same default as the commune's "Mở bản đánh giá": the current year.
  receivingPeriod: { year: new Date().getFullYear(), kind: 'year' },
  setReceivingPeriod: (receivingPeriod) => set({ receivingPeriod }),
  verifyAssessmentId: null,
  openVerification: (verifyAssessmentId) => set({ verifyAssessmentId, verifyFilter: 'all' }),
  verifyFilter: 'all',
  setVerifyFilter: (verifyFilter) => set({ verifyFilter }),
  verifierName: '',
  setVerifierName: (verifierName) => set({ verifierName }),
});
