/** Messages of the workflows in renderer/exchange (import, export, remarks, save queue) shown on screens. */
export const exchangeVi = {} as const;

export const exchangeEn: Record<keyof typeof exchangeVi, string> = {};
