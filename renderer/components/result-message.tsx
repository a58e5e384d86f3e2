import type { ReactNode } from 'react';

/** The line under an action: a success as a status, a failure as an alert (read out at once). */
export function ResultMessage({
  message,
  testId,
}: {
  message: { ok: boolean; text: ReactNode } | null;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <p className={message.ok ? 'form-ok' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid={testId}>
      {message.text}
    </p>
  );
}
