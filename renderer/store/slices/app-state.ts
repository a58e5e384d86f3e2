import type { EntrySlice } from './entry';
import type { UiSlice } from './ui';
import type { VerifySlice } from './verify';

/** The whole UI store: one slice per concern. Domain data lives in Dexie, never here. */
export type AppState = UiSlice & EntrySlice & VerifySlice;
