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
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const body = (
    <div className="head-notice" ref={ref}>
      {children}
    </div>
  );
  return into ? createPortal(body, into) : body;
}
