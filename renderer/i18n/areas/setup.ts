/** The first-run form (Thiết lập) and its unit picker. */
export const setupVi = {} as const;

export const setupEn: Record<keyof typeof setupVi, string> = {};
