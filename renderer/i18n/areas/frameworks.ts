/** Cài đặt → Bộ chỉ số: the frameworks panel. */
export const frameworksVi = {} as const;

export const frameworksEn: Record<keyof typeof frameworksVi, string> = {};
