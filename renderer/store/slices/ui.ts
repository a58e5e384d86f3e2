import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

/** The app's top-level places, in navigation order. */
export const ROUTES = ['assess', 'verify', 'summary', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** A commune's machine fills and sends its own form: it has no Thẩm tra or Tổng hợp (issue 15). */
const COMMUNE_ROUTES: readonly Route[] = ['assess', 'settings'];

/** The places this machine uses, from its role (all of them before the role is known). */
export function routesFor(roleKind: 'district' | 'province' | 'commune' | undefined): readonly Route[] {
  return roleKind === 'commune' ? COMMUNE_ROUTES : ROUTES;
}

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
