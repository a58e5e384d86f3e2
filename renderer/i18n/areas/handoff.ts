/** Gửi tỉnh / gửi huyện: the send card (the printed consolidated report stays Vietnamese). */
export const handoffVi = {} as const;

export const handoffEn: Record<keyof typeof handoffVi, string> = {};
