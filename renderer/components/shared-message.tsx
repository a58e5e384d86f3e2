import type { Language } from '../i18n';
import { sharedShown } from '../i18n/shared-text';
import { useAppStore } from '../store';

/**
 * A message of the shared code (a file refused, a catalogue that does not load) in the UI language, what it names
 * (a unit's name) marked lang="vi" when Vietnamese; a message no i18n area lists yet stays as shared said it, marked
 * lang="vi" whole.
 */
export function SharedMessage(props: { message: string; className?: string; id?: string }) {
  return <SaidMessage {...props} lang={useAppStore((s) => s.language)} />;
}

/** SharedMessage in a given language. */
export function SaidMessage({
  message,
  lang,
  ...span
}: {
  message: string;
  lang: Language;
  className?: string;
  id?: string;
}) {
  const shown = sharedShown(message, lang);
  return (
    <span {...span} lang={shown.lang}>
      {shown.nodes}
    </span>
  );
}

/** "file.xlsx: <message>", the file's name as it is and the message in the UI language. */
export function FileMessage({ file, message }: { file: string; message: string }) {
  return (
    <>
      {file}: <SharedMessage message={message} />
    </>
  );
}
