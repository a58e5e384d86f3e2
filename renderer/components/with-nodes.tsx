import { Fragment, type ReactNode } from 'react';

/**
 * A translated text with some {placeholders} left for elements: data shown inside a sentence (a unit's or a
 * framework's name, Vietnamese in both languages) goes in its own `lang="vi"` element, the sentence around it in
 * the UI language. translate() leaves a placeholder it was not given as it is, for this to fill.
 */
export function withNodes(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in nodes ? <Fragment key={i}>{nodes[name]}</Fragment> : part;
  });
}

/** Data in Vietnamese inside a sentence of the UI language. */
export function Vi({ children }: { children: ReactNode }) {
  return <span lang="vi">{children}</span>;
}
