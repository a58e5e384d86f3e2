/** The entry form: indicator rows, info block, filters, group navigator, save state, history, remarks, export. */
import { entryFormEn, entryFormVi } from './entry-form';
import { entrySendEn, entrySendVi } from './entry-send';

export const entryVi = { ...entryFormVi, ...entrySendVi } as const;

export const entryEn: Record<keyof typeof entryVi, string> = { ...entryFormEn, ...entrySendEn };
