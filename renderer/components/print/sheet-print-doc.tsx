import type { CSSProperties, ReactNode } from 'react';
import type { Run } from '@shared/excel/doc';
import type { PrintRow, SheetPrint } from '@shared/excel/sheet-print';
import type { CellStyle } from '@shared/excel/styles';
import './sheet-print.css';

function look(s: CellStyle, scale: number): CSSProperties {
  return {
    ...(s.bold ? { fontWeight: 700 } : {}),
    ...(s.italic ? { fontStyle: 'italic' } : {}),
    ...(s.underline ? { textDecoration: 'underline' } : {}),
    fontSize: `${((s.size ?? 11) * scale).toFixed(2)}pt`,
    textAlign: s.h ?? 'left',
    verticalAlign: s.v === 'middle' ? 'middle' : (s.v ?? 'top'),
    ...(s.fill ? { background: `#${s.fill}` } : {}),
  };
}

function Text({ text }: { text: string | readonly Run[] }) {
  if (typeof text === 'string') return <>{text}</>;
  return (
    <>
      {text.map((r, i) => (
        <span key={i} style={{ fontWeight: r.bold ? 700 : undefined, fontStyle: r.italic ? 'italic' : undefined }}>
          {r.text}
        </span>
      ))}
    </>
  );
}

function Rows({ rows, scale, th }: { rows: readonly PrintRow[]; scale: number; th?: boolean }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.row}>
          {r.cells.map((c) => {
            const Cell = th ? 'th' : 'td';
            return (
              <Cell
                key={c.col}
                colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                className={c.s.border ? 'bordered' : undefined}
                style={look(c.s, scale)}
              >
                <Text text={c.text} />
              </Cell>
            );
          })}
        </tr>
      ))}
    </>
  );
}

/** Rows apart from the table (the header block above it, the closing below it), on the same grid; none: nothing. */
function Apart({
  className,
  cols,
  rows,
  scale,
}: {
  className: string;
  cols: ReactNode;
  rows: PrintRow[];
  scale: number;
}) {
  if (rows.length === 0) return null;
  return (
    <table className={className}>
      {cols}
      <tbody>
        <Rows rows={rows} scale={scale} />
      </tbody>
    </table>
  );
}

/**
 * A sheet of an exported workbook as the signed copy (the remarks letter, the consolidated report): the same
 * cells, merges and looks as the Excel file (shared/excel/sheet-print), the table header repeated on every
 * printed page, A4 in the sheet's orientation (./sheet-print.css).
 */
export function SheetPrintDoc({ p, testId }: { p: SheetPrint; testId: string }) {
  const cols = (
    <colgroup>
      {p.widths.map((w, i) => (
        <col key={i} style={{ width: `${(w * 100).toFixed(2)}%` }} />
      ))}
    </colgroup>
  );
  // Three tables on one grid: the header block, the table (its head drawn at the top of each page it spans), and
  // the closing, whose page never repeats the table's head.
  return (
    <article lang="vi" className={`print-doc sheet-print ${p.orientation}`} data-testid={testId}>
      <Apart className="sheet-top" cols={cols} rows={p.before} scale={p.scale} />
      <table className="sheet-table">
        {cols}
        {p.head.length > 0 && (
          <thead>
            <Rows rows={p.head} scale={p.scale} th />
          </thead>
        )}
        <tbody>
          <Rows rows={p.body} scale={p.scale} />
        </tbody>
      </table>
      <Apart className="sheet-bottom" cols={cols} rows={p.after} scale={p.scale} />
    </article>
  );
}
