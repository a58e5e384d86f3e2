// The hazard scan as a pure function: typed findings with class, detail, decision and a Vietnamese message.
import { describe, expect, it } from 'vitest';
import { HAZARD_DECISIONS, isDdeFormula, scanHazards, type PackageView } from '../../../shared/exchange/hazards';

function view(parts: Record<string, string>, sheets: { name: string; path: string }[] = []): PackageView {
  return { names: Object.keys(parts), text: (n) => parts[n], sheets };
}

describe('scanHazards', () => {
  it('finds nothing in a plain package', () => {
    expect(
      scanHazards(
        view({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }, [
          { name: 'A', path: 'xl/worksheets/sheet1.xml' },
        ]),
      ),
    ).toEqual([]);
  });

  it('puts refusals first and gives each class its documented decision', () => {
    const found = scanHazards(
      view(
        {
          'xl/worksheets/sheet1.xml':
            '<worksheet><sheetData><row r="2"><c r="B2"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData></worksheet>',
          'xl/worksheets/_rels/sheet1.xml.rels':
            '<Relationships><Relationship Id="r1" Type="http://x/hyperlink" Target="\\\\pc\\s" TargetMode="External"/></Relationships>',
          '../x.txt': '',
        },
        [{ name: 'Biểu mẫu 01', path: 'xl/worksheets/sheet1.xml' }],
      ),
    );
    expect(found.map((f) => [f.class, f.decision])).toEqual([
      ['path-traversal', 'refuse'],
      ['external-link', 'warn'],
      ['formula', 'warn'],
    ]);
    for (const f of found) expect(f.decision).toBe(HAZARD_DECISIONS[f.class]);
    expect(found[2]?.detail).toBe('ô B2 trang "Biểu mẫu 01"');
  });

  it('reads DDE by syntax, not by name: a bar outside string literals', () => {
    expect(isDdeFormula("cmd|' /C calc'!A0")).toBe(true);
    expect(isDdeFormula('MSEXCEL|\\..\\..\\Windows\\System32\\cmd.exe!A1')).toBe(true);
    expect(isDdeFormula('CONCAT("a|b", A1)')).toBe(false);
    expect(isDdeFormula('SUM(A1:A3)')).toBe(false);
  });

  it('strips bidi controls and clips long details', () => {
    const [f] = scanHazards(
      view({
        'xl/connections.xml': `<connections><connection sourceFile="a\u202Eexe.${'x'.repeat(300)}"/></connections>`,
      }),
    );
    expect(f?.class).toBe('data-connection');
    expect(f?.detail).not.toMatch(/\u202E/);
    expect(f?.detail.length).toBeLessThanOrEqual(160);
  });
});
