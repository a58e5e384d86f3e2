import type { StateCreator } from 'zustand';
import type { Status } from '@shared/scoring/types';
import type { AppState } from './app-state';

/** The form's filter bar. */
export interface EntryFilter {
  text: string;
  /** 0 = every group. */
  group: number;
  status: Status | 'all';
  onlyUnfilled: boolean;
}

export const EMPTY_FILTER: EntryFilter = { text: '', group: 0, status: 'all', onlyUnfilled: false };

/** Which assessment is open and how the form is filtered; the data itself stays in Dexie. */
export interface EntrySlice {
  openAssessmentId: string | null;
  filter: EntryFilter;
  /** Indicator whose history dialog is open. */
  historyCode: string | null;
  openAssessment: (id: string | null) => void;
  setFilter: (patch: Partial<EntryFilter>) => void;
  showHistory: (code: string | null) => void;
}

export const createEntrySlice: StateCreator<AppState, [], [], EntrySlice> = (set) => ({
  openAssessmentId: null,
  filter: EMPTY_FILTER,
  historyCode: null,
  openAssessment: (id) => set({ openAssessmentId: id, filter: EMPTY_FILTER, historyCode: null, route: 'assess' }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  showHistory: (code) => set({ historyCode: code }),
});
