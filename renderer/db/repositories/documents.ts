import { type DocSettings, restoreDocSettings } from '@shared/documents/settings';
import type { DtiDatabase } from '../database';
import { getMeta, setMeta } from './meta';

/** The document settings of this machine (Cài đặt → Văn bản); defaults when never entered. */
export async function getDocSettings(db: DtiDatabase): Promise<DocSettings> {
  return restoreDocSettings(await getMeta(db, 'documents'));
}

/** Keeps the document settings (NFC, capped as `restoreDocSettings` reads them back). */
export async function setDocSettings(db: DtiDatabase, settings: DocSettings): Promise<void> {
  await setMeta(db, 'documents', restoreDocSettings(settings));
}
