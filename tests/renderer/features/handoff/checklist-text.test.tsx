// The send card says the checklist from the report's counts in the UI language; in Vietnamese it must say exactly
// what shared/verify/handoff's sendChecklist says (the words the file and the e-mail keep).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { verifierReport, type VerifierReport } from '@shared/verify';
import { sendChecklist, type OwnForm, type VerifierLevel } from '@shared/verify/handoff';
import type { ReportRow } from '@shared/verify/report';
import { checklistWords } from '../../../../renderer/features/handoff/checklist-text';
import { translate, type Language } from '../../../../renderer/i18n';

/** A report whose rows have the given statuses (the checklist reads only the statuses, names and counts). */
function reportOf(statuses: ReportRow['status'][]): VerifierReport {
  const base = verifierReport(statuses.map((_, i) => ({ code: String(i + 1), name: `Xã Gia ${i + 1}` })));
  const rows = base.rows.map((r, i) => ({ ...r, status: statuses[i] ?? 'missing' }));
  const count = (s: ReportRow['status']) => rows.filter((r) => r.status === s).length;
  return {
    ...base,
    rows,
    counts: {
      units: rows.length,
      received: rows.length - count('missing'),
      verified: count('verified'),
      unverified: count('unverified'),
      missing: count('missing'),
    },
  };
}

function Probe({
  lang,
  report,
  level,
  own,
}: {
  lang: Language;
  report: VerifierReport;
  level: VerifierLevel;
  own: OwnForm | null;
}) {
  const said = checklistWords((k, p) => translate(lang, k, p), report, level, own);
  const list = sendChecklist(report, level, level === 'district' ? own : undefined);
  return (
    <>
      {list.items.map((i) => (
        <p key={i.key}>{said.item(i)}</p>
      ))}
      {list.partial && <p>{said.confirm}</p>}
    </>
  );
}

const texts = (html: string) =>
  [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"));

const partial: ReportRow['status'][] = [...Array(13).fill('unverified'), 'missing', 'missing', 'verified'];
const cases: [string, ReportRow['status'][], VerifierLevel, OwnForm | null][] = [
  ['all verified, own form done', ['verified', 'verified'], 'district', { entered: 72, total: 72 }],
  [
    '13 unverified, 2 missing, own form part',
    [...Array(13).fill('unverified'), 'missing', 'missing', 'verified'],
    'district',
    { entered: 30, total: 72 },
  ],
  ['nothing received, no own form', ['missing', 'missing'], 'district', null],
  ['a province with one unverified', ['unverified', 'verified'], 'province', null],
];

describe('the send checklist in the UI language', () => {
  it.each(cases)('in Vietnamese says what sendChecklist says: %s', (_, statuses, level, own) => {
    const report = reportOf(statuses);
    const list = sendChecklist(report, level, level === 'district' ? own : undefined);
    const want = [...list.items.map((i) => i.text), ...(list.partial ? [list.confirmText] : [])];
    expect(texts(renderToStaticMarkup(<Probe lang="vi" report={report} level={level} own={own} />))).toEqual(want);
  });

  it('in English names the units as Vietnamese data inside English sentences', () => {
    const html = renderToStaticMarkup(
      <Probe lang="en" report={reportOf(partial)} level="district" own={{ entered: 30, total: 72 }} />,
    );
    expect(texts(html)).toContain(
      '13 communes submitted but are not fully verified: Xã Gia 1, Xã Gia 10, Xã Gia 11, Xã Gia 12, Xã Gia 13, Xã Gia 14, Xã Gia 15, Xã Gia 16, Xã Gia 2, Xã Gia 3 and 3 more communes.',
    );
    expect(html).toContain('<span lang="vi">Xã Gia 1, ');
    expect(texts(html).at(-1)).toMatch(/^I know the report is incomplete \(13 communes not fully verified/);
  });
});
