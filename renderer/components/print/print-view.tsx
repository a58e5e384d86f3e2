import { storageErrorMessage } from '@shared/storage/full';
import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { platform } from '../../platform';
import { useT } from '../../i18n';
import './print-view.css';

/**
 * A document's print view over the whole window (a portal on <body>, so the print stylesheet can drop everything
 * else): a toolbar (back, the view's own fields, "In / Lưu PDF") above the document. Desktop: PDF through a save
 * dialog (Electron's printToPDF, the page size from the document's CSS); browser: the print dialog.
 */
export function PrintView({
  label,
  testId,
  fileName,
  backLabel,
  onClose,
  canPrint,
  tools,
  children,
}: {
  /** The dialog's accessible name ("Biên bản thẩm tra"). */
  label: string;
  testId: string;
  /** Suggested PDF file name. */
  fileName: string;
  backLabel: string;
  onClose: () => void;
  canPrint: boolean;
  /** Fields of the view shown in the toolbar (not printed). */
  tools?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const [note, setNote] = useState('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const print = async () => {
    try {
      const r = await platform.printToPdf(fileName);
      setNote(r.kind === 'pdf' ? (r.saved ? t('comp.print.saved', { path: r.path }) : t('comp.print.cancelled')) : '');
    } catch (e) {
      setNote(t('comp.print.failed', { reason: storageErrorMessage(e) }));
    }
  };

  return createPortal(
    <div className="print-view" role="dialog" aria-modal="true" aria-label={label} data-testid={testId}>
      <div className="print-toolbar no-print">
        <button type="button" onClick={onClose}>
          {backLabel}
        </button>
        {tools}
        <button type="button" className="primary" disabled={!canPrint} onClick={() => void print()}>
          {t('comp.print.print')}
        </button>
        {note && (
          <span role="status" data-testid="print-note">
            {note}
          </span>
        )}
      </div>
      {children}
    </div>,
    document.body,
  );
}

/** The toolbar note of a document printed with the settings of Cài đặt → Văn bản, on landscape A4. */
export function DocSettingsHint() {
  const t = useT();
  return <span className="muted">{t('comp.print.docSettings')}</span>;
}
