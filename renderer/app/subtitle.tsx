import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../i18n';
import { db } from '../db/db';
import { getMeta } from '../db/repositories/meta';

const KEY = {
  province: 'app.subtitle.province',
  district: 'app.subtitle.district',
  commune: 'app.subtitle.commune',
} as const;

/** What this machine does, under the title: read from its role once the database is open (issue 12). */
function RoleSubtitle() {
  const t = useT();
  const role = useLiveQuery(() => getMeta(db, 'role'), []);
  return <p className="subtitle">{t(role ? KEY[role.kind] : 'app.subtitle')}</p>;
}

export function Subtitle({ open }: { open: boolean }) {
  const t = useT();
  return open ? <RoleSubtitle /> : <p className="subtitle">{t('app.subtitle')}</p>;
}
