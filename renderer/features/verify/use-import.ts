import { useCallback, useRef, useState } from 'react';
import type { Period } from '@shared/entry/types';
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { db } from '../../db/db';
import { listFrameworks } from '../../db/repositories/frameworks';
import {
  commitImport,
  type CommitResult,
  type DifferenceChoice,
  dryRun,
  type FilePlan,
  type IncomingFile,
} from '../exchange/import-pipeline';
import { createWorkerReader } from '../exchange/import-reader';

/** Where the import of a batch of files stands. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; plans: FilePlan[]; choices: DifferenceChoice[] }
  | { kind: 'committing'; plans: FilePlan[]; choices: DifferenceChoice[] }
  | { kind: 'done'; results: CommitResult[] }
  | { kind: 'failed'; message: string };

/** A file the host refused before reading (too large): shown as an error line of the dry run. */
export interface RefusedFile {
  name: string;
  reason: string;
}

/** Reads dropped files, refusing those over the size the app opens. */
export async function readDropped(list: FileList | File[]): Promise<{ files: IncomingFile[]; refused: RefusedFile[] }> {
  const files: IncomingFile[] = [];
  const refused: RefusedFile[] = [];
  for (const f of Array.from(list)) {
    if (f.size > MAX_OPEN_FILE_BYTES)
      refused.push({ name: f.name, reason: `Tệp lớn hơn ${MAX_OPEN_FILE_BYTES / 1024 / 1024} MB, không mở.` });
    else files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return { files, refused };
}

/** The dry run → review → commit flow of the Thẩm tra page, reading files in a worker. */
export function useImportFlow(period: Period) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const busy = useRef(false);

  const receive = useCallback(
    async (files: IncomingFile[], refused: RefusedFile[] = []) => {
      if (busy.current || files.length + refused.length === 0) return;
      busy.current = true;
      setState({ kind: 'checking', done: 0, total: files.length });
      const frameworks = (await listFrameworks(db)).map((f) => f.framework);
      const reader = createWorkerReader(frameworks);
      try {
        const plans = await dryRun(db, files, reader.read, {
          period,
          onProgress: (done, total) => setState({ kind: 'checking', done, total }),
        });
        const all = [
          ...refused.map((r): FilePlan => ({ fileName: r.name, outcome: { kind: 'error', message: r.reason } })),
          ...plans,
        ];
        setState({ kind: 'review', plans: all, choices: all.map(() => 'manifest') });
      } catch (e) {
        setState({
          kind: 'failed',
          message: `Chưa kiểm tra được các tệp: ${e instanceof Error ? e.message : String(e)}`,
        });
      } finally {
        reader.dispose();
        busy.current = false;
      }
    },
    [period],
  );

  const setChoice = useCallback((index: number, choice: DifferenceChoice) => {
    setState((s) => (s.kind === 'review' ? { ...s, choices: s.choices.map((c, i) => (i === index ? choice : c)) } : s));
  }, []);

  const confirm = useCallback(async () => {
    if (state.kind !== 'review' || busy.current) return;
    busy.current = true;
    setState({ ...state, kind: 'committing' });
    try {
      setState({ kind: 'done', results: await commitImport(db, state.plans, state.choices) });
    } catch (e) {
      setState({ kind: 'failed', message: `Chưa nhập được: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      busy.current = false;
    }
  }, [state]);

  const cancel = useCallback(() => {
    if (!busy.current) setState({ kind: 'idle' });
  }, []);

  return { state, receive, setChoice, confirm, cancel };
}
