/**
 * Messages the shared/ code gives (see i18n/shared-text.ts), as templates: each Vietnamese text is shared's own
 * words with {placeholders} for what it names.
 */
export const sharedValuesVi = {} as const;

export const sharedValuesEn: Record<keyof typeof sharedValuesVi, string> = {};
