// `dti-desk check` gives every file of the hostile corpus the verdict and the message the app's import gives it,
// reports one line per file plus totals, and exits 0 / 1 / 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAssessment } from '../../shared/exchange/export';
import type { FileVerdict } from '../../shared/exchange/file-verdict';
import { dryRun, type FilePlan } from '../../renderer/exchange/import-pipeline';
import { directReader, districtDb } from '../renderer/exchange/helpers';
import { hostileCorpus } from '../shared/exchange/hostile-corpus';
import { sampleInput } from '../shared/exchange/sample';
import { runInline, tempFolder } from './helpers';

const corpus = await hostileCorpus();
let folder: Awaited<ReturnType<typeof tempFolder>>;
let plans: Map<string, FilePlan>;

beforeAll(async () => {
  folder = await tempFolder(corpus);
  const db = await districtDb();
  const list = await dryRun(db, corpus, await directReader(db), { period: { year: 2024, kind: 'year' } });
  plans = new Map(list.map((p) => [p.fileName, p]));
  db.close();
});
afterAll(() => folder.dispose());

type JsonOut = {
  files: ({ file: string } & FileVerdict)[];
  totals: { files: number; accepted: number; refused: number };
};

describe('dti-desk check over the hostile corpus', () => {
  it('gives each file the app import’s verdict and message', async () => {
    const run = await runInline(['check', '--json', '--cap-tren', '373', '--ky', '2024', folder.dir]);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.files).toHaveLength(corpus.length);
    let refused = 0;
    for (const f of out.files) {
      const name = f.file.slice(folder.dir.length + 1);
      const p = plans.get(name);
      if (!p) throw new Error(`no app plan for ${name}`);
      const o = p.outcome;
      if (o.kind === 'context' && (o.reason === 'wrong-parent' || o.reason === 'addable')) {
        // The app asks about these from its unit list; the command has no list and refuses by the file's parent.
        refused++;
        expect({ name, verdict: f.verdict }).toEqual({ name, verdict: 'refused' });
      } else if (o.kind === 'error' || (o.kind === 'context' && o.reason !== 'unknown-unit')) {
        refused++;
        expect({ name, verdict: f.verdict, message: 'message' in f ? f.message : '' }).toEqual({
          name,
          verdict: 'refused',
          message: o.message,
        });
      } else if (o.kind === 'framework-unknown') {
        refused++;
        expect(f.verdict).toBe('refused');
        expect(o.message.startsWith(f.verdict === 'refused' ? f.message : '?')).toBe(true);
      } else {
        // Accepted by the file checks (new, or a unit the machine's list does not hold: a database question).
        expect({ name, verdict: f.verdict }).toEqual({ name, verdict: 'accepted' });
        if (f.verdict !== 'accepted') continue;
        expect(f.differences).toEqual(p.read?.differences.map((d) => d.message));
        expect(f.problems).toEqual(p.read?.problems.map((x) => x.message));
        expect(f.unit.code).toBe(p.read?.manifest.unit.code);
      }
    }
    expect(refused).toBeGreaterThan(25);
    expect(out.totals).toMatchObject({ files: corpus.length, refused, accepted: corpus.length - refused });
    expect(run.code).toBe(1);
  });

  it('prints one line per file and the totals, without a progress bar when not on a terminal', async () => {
    const run = await runInline(['check', folder.dir]);
    const lines = run.stdout.trimEnd().split('\n');
    const fileLines = lines.filter((l) => /^[✓✗] /.test(l));
    expect(fileLines).toHaveLength(corpus.length);
    expect(lines.find((l) => l.startsWith('✗ empty.xlsx'))).toBe('✗ empty.xlsx — Tệp rỗng (0 byte).');
    expect(lines.at(-1)).toMatch(
      new RegExp(`^${corpus.length} tệp: \\d+ hợp lệ, \\d+ bị từ chối \\([\\d,]+ giây\\)\\.$`),
    );
    expect(run.stderr).toBe('');
  });

  it('draws the bar on a terminal only', async () => {
    const run = await runInline(['check', folder.dir], { tty: true });
    expect(run.stderr).toContain(`[${'#'.repeat(40)}] 100% ${corpus.length}/${corpus.length} tệp`);
  });
});

describe('exit codes', () => {
  it('0 when every file is accepted, 1 when one is refused', async () => {
    const good = await exportAssessment(sampleInput());
    const f = await tempFolder([
      { name: 'a.xlsx', bytes: good.bytes },
      { name: 'b.xlsx', bytes: new Uint8Array() },
    ]);
    try {
      expect((await runInline(['check', `${f.dir}/a.xlsx`])).code).toBe(0);
      expect((await runInline(['check', '--ky', '2025', `${f.dir}/a.xlsx`])).code).toBe(1);
      expect((await runInline(['check', f.dir])).code).toBe(1);
    } finally {
      await f.dispose();
    }
  });

  it('2 for a usage error, with the reason in Vietnamese and the usage', async () => {
    for (const argv of [[], ['check'], ['chek', 'x'], ['check', '--bogus', 'x'], ['check', '/no/such/folder']]) {
      const run = await runInline(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/[ệạốơờ]/);
    }
    expect((await runInline(['--help'])).code).toBe(0);
  });
});
