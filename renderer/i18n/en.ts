import type { MessageKey } from './vi';

/** English UI strings, the second language. */
export const en: Record<MessageKey, string> = {
  'app.title': 'DTI Desk — Digital transformation assessment',
  'app.subtitle': 'Self-assessment, verification and consolidation of district and commune DT indicators',
  'app.subtitle.province':
    'Department of Science and Technology: verification and consolidation of its communes’ DT indicators',
  'app.subtitle.district':
    'District: own self-assessment, verification and consolidation of its communes’ DT indicators',
  'app.subtitle.commune': 'Commune DT self-assessment, sent to the verifying unit',
  'nav.label': 'Main navigation',
  'nav.assess': 'Assessments',
  'nav.verify': 'Verification',
  'nav.summary': 'Summary',
  'nav.settings': 'Settings',
  'lang.toggle': 'Tiếng Việt',
  'lang.toggleTitle': 'Switch to Vietnamese',

  'settings.about': 'About',
  'settings.version': 'Version',
  'settings.host': 'Host',
  'settings.host.desktop': 'Desktop app',
  'settings.host.browser': 'Browser',
  'settings.storage': 'Storage',
  'settings.storage.persisted': 'The browser keeps this data persistently.',
  'settings.storage.notPersisted':
    'The browser has not promised to keep this data; download a backup file regularly (Backup and restore, above).',
};
