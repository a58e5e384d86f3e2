// The house rules: feature folders are leaves (lint), and no folder imports itself back through others.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph } from '../../scripts/folder-graph.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'dti/layers').map((m) => m.message);
}

describe('dti/layers lint rule', () => {
  it('fails on a planted import of another feature’s internals', async () => {
    const errors = await layerErrors(
      'renderer/features/summary/planted.tsx',
      "import { CommunePage } from '../verify/commune-page';\nexport const x = CommunePage;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Feature folders are leaves');
  });

  it('lets a page embed another feature’s exported panel through its index', async () => {
    const code = "import { SendCard } from '../handoff';\nexport const x = SendCard;\n";
    expect(await layerErrors('renderer/features/summary/planted.tsx', code)).toEqual([]);
  });

  it('fails when a lower layer imports a feature, or db imports React', async () => {
    const lower = await layerErrors(
      'renderer/exchange/planted.ts',
      "import { EntryPage } from '../features/entry';\nexport const x = EntryPage;\n",
    );
    expect(lower).toHaveLength(1);
    const db = await layerErrors(
      'renderer/db/planted.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(db).toHaveLength(1);
  });
});

describe('folder graph', () => {
  it('finds a planted cycle', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle between the tree’s folders, and sees the layers', () => {
    const g = folderGraph();
    expect(cycles(g)).toEqual([]);
    expect(g.get('renderer/features/entry')).toContain('renderer/exchange');
    expect(g.get('renderer/exchange')?.has('renderer/features/entry')).toBe(false);
  });
});
