/** Cài đặt → Danh sách đơn vị: the units panel. */
export const unitsVi = {} as const;

export const unitsEn: Record<keyof typeof unitsVi, string> = {};
