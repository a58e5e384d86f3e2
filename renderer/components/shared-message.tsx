import { Fragment } from 'react';
import type { Language } from '../i18n';
import { sharedPieces } from '../i18n/shared-text';
import { useAppStore } from '../store';

/**
 * A message of the shared code (a file refused, a catalogue that does not load) in the UI language, what it names
 * (a unit's name) marked lang="vi" when Vietnamese; a message no i18n area lists yet stays as shared said it, marked
 * lang="vi" whole.
 */
export function SharedMessage({ message }: { message: string }) {
  return <SaidMessage message={message} lang={useAppStore((s) => s.language)} />;
}

/** SharedMessage in a given language. */
export function SaidMessage({ message, lang }: { message: string; lang: Language }) {
  const said = sharedPieces(message, lang);
  if (!said) return <span lang="vi">{message}</span>;
  return (
    <span>
      {said.map((p, i) => (
        <Fragment key={i}>{p.vi ? <span lang="vi">{p.text}</span> : p.text}</Fragment>
      ))}
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
