import { useT } from '../i18n';
import type { MachineRole } from '../db/repositories/meta';

const KEY = {
  province: 'app.subtitle.province',
  district: 'app.subtitle.district',
  commune: 'app.subtitle.commune',
} as const;

/** What this machine does, under the title: from its role once known (issue 12), else the general line. */
export function Subtitle({ role }: { role: MachineRole['kind'] | undefined }) {
  const t = useT();
  return <p className="subtitle">{t(role ? KEY[role] : 'app.subtitle')}</p>;
}
