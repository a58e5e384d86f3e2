// The reader's memory cap is asked before SheetJS parses, with an estimate from the parts' unpacked sizes (a worker in
// Chromium cannot see its heap), so a small zip of highly compressible text is judged by what it unpacks to.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { openOutsideWorkbook } from '../../../shared/exchange/open-workbook';
import { MEMORY_MESSAGE, MemoryCapExceeded, PARSE_HEAP_FACTOR } from '../../../shared/exchange/read-limits';
import { resolveCommune, sampleEntries, sampleInput } from './sample';

const plain = (await exportAssessment(sampleInput())).bytes;
/** Every giải trình 10,000 characters long: a zip of tens of kB that unpacks to over a megabyte. */
const long = (
  await exportAssessment(
    sampleInput({
      entries: sampleEntries().map((e, i) => ({ ...e, note: `${'Giải trình dài '.repeat(700)}${i}`.slice(0, 10_000) })),
    }),
  )
).bytes;

/** A reader capped at `cap` bytes, recording the estimates it was given. */
function capped(cap: number) {
  const seen: number[] = [];
  const checkpoint = (held: number) => {
    seen.push(held);
    if (held > cap) throw new MemoryCapExceeded(held);
  };
  return { seen, checkpoint };
}

const unpacked = (bytes: Uint8Array, re: RegExp) =>
  Object.entries(unzipSync(bytes))
    .filter(([n]) => re.test(n))
    .reduce((s, [, d]) => s + d.length, 0);

describe('memory cap of a read', () => {
  it('is asked with the unpacked size of what SheetJS reads, not the zip size', () => {
    const { seen, checkpoint } = capped(Infinity);
    expect(readAssessmentFile(long, 'dai.xlsx', { resolveFramework: resolveCommune, checkpoint }).ok).toBe(true);
    const xml = unpacked(long, /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/);
    expect(xml).toBeGreaterThan(20 * long.length);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(PARSE_HEAP_FACTOR * unpacked(long, /^xl\/sharedStrings\.xml$/));
  });

  it('refuses a file whose unpacked text passes the cap and reads one below it', () => {
    const cap = 3 * 1024 * 1024;
    expect(long.length * 8).toBeLessThan(cap);
    const refused = readAssessmentFile(long, 'dai.xlsx', { resolveFramework: resolveCommune, ...capped(cap) });
    expect(refused.ok ? '' : refused.error.message).toBe(MEMORY_MESSAGE);
    const read = readAssessmentFile(plain, 'thuong.xlsx', { resolveFramework: resolveCommune, ...capped(cap) });
    expect(read.ok).toBe(true);
  });

  it('the door itself turns the cap into the memory refusal for any kind', () => {
    const door = openOutsideWorkbook(long, { checkpoint: capped(1024 * 1024).checkpoint });
    expect(door.ok ? 'opened' : door.error.kind).toBe('memory');
    expect(openOutsideWorkbook(long, { checkpoint: capped(Infinity).checkpoint }).ok).toBe(true);
  });
});
