/** Widgets shared by several screens (value input, period picker, unit picker, dialogs). */
export const componentsVi = {} as const;

export const componentsEn: Record<keyof typeof componentsVi, string> = {};
