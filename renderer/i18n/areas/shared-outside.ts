/**
 * Messages the shared/ code gives (see i18n/shared-text.ts), as templates: each Vietnamese text is shared's own
 * words with {placeholders} for what it names.
 */
export const sharedOutsideVi = {} as const;

export const sharedOutsideEn: Record<keyof typeof sharedOutsideVi, string> = {};
