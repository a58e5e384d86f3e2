/** Đánh giá: the list of assessments and the new-assessment form. */
export const assessmentsVi = {} as const;

export const assessmentsEn: Record<keyof typeof assessmentsVi, string> = {};
