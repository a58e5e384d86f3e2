import { useSharedText } from '../i18n/shared-text';

/**
 * A message of the shared code (a file refused, a catalogue that does not load) in the UI language; one no i18n
 * area lists yet stays as shared said it, marked lang="vi".
 */
export function SharedMessage({ message }: { message: string }) {
  const shown = useSharedText()(message);
  return <span lang={shown.lang}>{shown.text}</span>;
}

/** "file.xlsx: <message>", the file's name as it is and the message in the UI language. */
export function FileMessage({ file, message }: { file: string; message: string }) {
  return (
    <>
      {file}: <SharedMessage message={message} />
    </>
  );
}
