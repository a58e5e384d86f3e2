import { sharedText } from '../i18n/shared-text';
import { useAppStore } from '../store';

/**
 * A message from shared/ (a value error, a score's explanation, a refusal) in the UI language. It is marked
 * lang="vi" only where it stays Vietnamese (the Vietnamese UI, or a message no i18n area lists).
 */
export function SharedText(props: { text: string }) {
  const lang = useAppStore((s) => s.language);
  const said = sharedText(props.text, lang);
  return <span lang={lang === 'vi' || said === props.text ? 'vi' : undefined}>{said}</span>;
}
