/** Thẩm tra: the verification desk, its lines, side panel and the checklist. */
export const verifyVi = {} as const;

export const verifyEn: Record<keyof typeof verifyVi, string> = {};
