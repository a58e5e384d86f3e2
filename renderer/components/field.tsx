import type { ReactNode } from 'react';

/**
 * A labelled control (`.field`): its words in a `.field-label` span, then the input, select or textarea given, in
 * one label so that the words name the control. `className` adds to `field` ("inline", "verifier"…).
 */
export function Field({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}
