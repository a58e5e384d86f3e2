/** Cài đặt: unit, documents, backup and restore, setup package, province e-mail panels. */
export const settingsVi = {} as const;

export const settingsEn: Record<keyof typeof settingsVi, string> = {};
