/** The entry form: indicator rows, info block, filters, group navigator, save state, history, remarks, export. */
export const entryVi = {} as const;

export const entryEn: Record<keyof typeof entryVi, string> = {};
