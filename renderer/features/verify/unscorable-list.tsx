import { useT } from '../../i18n';

/**
 * The dry run's note on a file's self values that cannot be scored (a numerator above its denominator…): the file
 * imports, and the verifier is told which indicators to look at, with the engine's reason (Vietnamese data).
 */
export function UnscorableList({ items }: { items: readonly { code: string; reason: string }[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div data-testid="unscorable">
      <p>
        <strong>{t('board.plan.unscorable', { n: items.length })}</strong>
      </p>
      <ul>
        {items.map((x) => (
          <li key={x.code} lang="vi">
            {x.code}: {x.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
