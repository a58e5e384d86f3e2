import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A checkbox or radio button with its words beside it (`.check`, a flex row). The words are one element, so that
 * words mixed with elements (a unit's name in <Vi>) wrap as one paragraph, not as flex columns of their own.
 */
export function Check({ children, ...input }: InputHTMLAttributes<HTMLInputElement> & { children: ReactNode }) {
  return (
    <label className="check">
      <input {...input} />
      <span>{children}</span>
    </label>
  );
}
