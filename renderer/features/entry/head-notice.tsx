import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * What a button of the form's sticky head has to say (the export's check and result, a remarks file read) is shown
 * below the head, in the page's flow, and scrolled into view when it appears. Inside the head it made the head as
 * tall as the message, shrinking the form's view and moving the buttons while it was shown. `into` is the place
 * below the head (the form renders it); without it the message stays where the button is.
 */
export function HeadNotice({ into, children }: { into: HTMLElement | null; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Its start is what matters (a check's title, a result's first line): a notice taller than the room below the
    // sticky head is aligned by its top, not by its bottom as 'nearest' would, which left the title under the head.
    const head = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--head-h')) || 64;
    const tall = el.getBoundingClientRect().height > window.innerHeight - head - 16;
    el.scrollIntoView({ block: tall ? 'start' : 'nearest' });
  }, []);
  const body = (
    <div className="head-notice" ref={ref}>
      {children}
    </div>
  );
  return into ? createPortal(body, into) : body;
}
