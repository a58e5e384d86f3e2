/** Tổng hợp: the summary page, heat map and charts. */
export const summaryVi = {} as const;

export const summaryEn: Record<keyof typeof summaryVi, string> = {};
