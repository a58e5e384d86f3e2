import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

/** The app's top-level places, in navigation order. */
export const ROUTES = ['assess', 'verify', 'summary', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** Language and navigation: the shell's UI state. */
export interface UiSlice {
  language: 'vi' | 'en';
  route: Route;
  setLanguage: (language: 'vi' | 'en') => void;
  toggleLanguage: () => void;
  navigate: (route: Route) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: 'vi',
  route: 'assess',
  setLanguage: (language) => set({ language }),
  toggleLanguage: () => set((s) => ({ language: s.language === 'vi' ? 'en' : 'vi' })),
  navigate: (route) => set({ route }),
});
