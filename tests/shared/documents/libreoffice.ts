// LibreOffice and poppler for the document tests: convert exported workbooks to PDF or re-save them as xlsx,
// read each PDF page's text (pdftotext) and the page size (pdfinfo). One soffice run converts several files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch folder with its own LibreOffice profile (parallel runs do not share one). */
export function scratch(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dti-docs-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Converts `files` (name → bytes) with `soffice --convert-to <to>`; returns name → converted bytes. */
export function convert(
  dir: string,
  files: Record<string, Uint8Array>,
  to: 'pdf' | 'xlsx',
): Record<string, Uint8Array> {
  const inDir = join(dir, `in-${to}`);
  const outDir = join(dir, `out-${to}`);
  execFileSync('mkdir', ['-p', inDir, outDir]);
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(inDir, name);
    writeFileSync(p, bytes);
    return p;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf',
      '--outdir',
      outDir,
      ...paths,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files)) {
    const base = name.replace(/\.xlsx$/, '');
    out[name] = new Uint8Array(readFileSync(join(outDir, `${base}.${to}`)));
  }
  return out;
}

/** Pages of a PDF: count, size in points, and each page's text (pdftotext -layout). */
export function pdfPages(dir: string, pdf: Uint8Array): { width: number; height: number; pages: string[] } {
  const p = join(dir, `p-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(p, pdf);
  const info = execFileSync('pdfinfo', [p], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  const pages: string[] = [];
  for (let i = 1; i <= count; i++)
    pages.push(execFileSync('pdftotext', ['-layout', '-f', String(i), '-l', String(i), p, '-'], { encoding: 'utf8' }));
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), pages };
}

/** The words of each of `pages` (1-based) of a PDF with the height of each one's box, in points (pdftotext -bbox). */
export function pdfWords(dir: string, pdf: Uint8Array, pages: readonly number[]): { word: string; height: number }[][] {
  const p = join(dir, `w-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(p, pdf);
  return pages.map((page) => {
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), p, '-'], {
      encoding: 'utf8',
    });
    return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ word: m[3] ?? '', height: Number(m[2]) - Number(m[1]) }),
    );
  });
}

/** Text with runs of spaces collapsed (pdftotext -layout spreads words). */
export const flat = (s: string): string => s.replace(/\s+/g, ' ');
