import { storageErrorMessage } from '@shared/storage/full';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Period } from '@shared/entry/types';
import { batchTooLargeMessage, MAX_IMPORT_BATCH } from '@shared/exchange';
import type { RefusedFile } from '@shared/ipc/contract';
import { batchDb, db } from '../../db/db';
import { loadOfficialList } from '../../db/official-lists';
import { addCommunes, getDistrict } from '../../db/repositories/units';
import {
  commitImport,
  type CommitResult,
  type DifferenceChoice,
  dryRun,
  type FilePlan,
  type IncomingFile,
} from '../../exchange/import-pipeline';
import type { WorkerReader } from '../../exchange/import-reader';
import { backupBeforeImport } from '../../exchange/backup';
import { type PickedBatch, streamLocalFiles } from '../../platform';
import { importReaderSlot } from './ready-reader';
import { translate, type MessageKey } from '../../i18n';
import { useAppStore } from '../../store';

/** A message in the UI language of the moment (the flow's messages are kept as text in its state). */
const say = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(useAppStore.getState().language, key, params);

/** Where the import of a batch of files stands. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; plans: FilePlan[]; choices: DifferenceChoice[] }
  | { kind: 'committing'; plans: FilePlan[]; choices: DifferenceChoice[]; done: number; total: number }
  | { kind: 'done'; results: CommitResult[] }
  | { kind: 'failed'; message: string };

/**
 * Takes dropped files as a pick takes them (platform `openFileBatch`), each read as it comes: a drop above the batch
 * limit is not read at all (`tooMany` gives its size; `receive` refuses it), a file over the size the app opens is
 * refused.
 */
export function readDropped(list: FileList | File[]): PickedBatch {
  return streamLocalFiles(list, MAX_IMPORT_BATCH);
}

/** Codes of the communes the official list puts under this machine's receiving unit (none for a hand-added one). */
async function officialCodes(): Promise<Set<string>> {
  const receiving = await getDistrict(db);
  if (!receiving?.official || !receiving.list) return new Set();
  const list = await loadOfficialList(receiving.list).catch(() => undefined);
  return new Set((list?.childrenOf.get(receiving.code) ?? []).map((u) => u.code));
}

/** The units of the plans the verifier may add to the list (in the official list, not listed yet). */
export function addableUnits(plans: readonly FilePlan[]): { code: string; name: string }[] {
  const out = new Map<string, { code: string; name: string }>();
  for (const p of plans)
    if (p.outcome.kind === 'context' && p.outcome.reason === 'addable' && p.read)
      out.set(p.read.manifest.unit.code, { code: p.read.manifest.unit.code, name: p.read.manifest.unit.name });
  return [...out.values()];
}

/** Progress callbacks at most every 250 ms (and always the last one), so a large batch does not re-render per file. */
function throttled(fn: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 250) return;
    last = now;
    fn(done, total);
  };
}

/** The dry run → review → commit flow of the Thẩm tra page, reading files in a worker. */
export function useImportFlow(period: Period) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const busy = useRef(false);
  // The batch under review, kept to check it again after the verifier adds units or accepts a parent.
  const batch = useRef<{ files: IncomingFile[]; refused: RefusedFile[]; accepted: Set<string> }>({
    files: [],
    refused: [],
    accepted: new Set(),
  });

  const [readers] = useState(importReaderSlot);
  useEffect(() => () => readers.close(), [readers]);
  // The readers' workers start once the page is idle after Thẩm tra opens (./ready-reader), not with the page's
  // first render.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => readers.preload(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [readers]);
  /** The workers start while the officer picks or drags the files. */
  const prepare = useCallback(() => {
    if (!busy.current) readers.prepare();
  }, [readers]);

  const receive = useCallback(
    async (files: IncomingFile[], refused: RefusedFile[] = [], again = false, tooMany?: number) => {
      if (busy.current) return;
      // Above the batch limit nothing was read: refused before the dry run, pointing to the command-line tool.
      if (tooMany !== undefined) return setState({ kind: 'failed', message: batchTooLargeMessage(tooMany) });
      if (files.length + refused.length === 0) return;
      if (!again) batch.current = { files, refused, accepted: new Set() };
      busy.current = true;
      setState({ kind: 'checking', done: 0, total: files.length });
      let reader: WorkerReader | undefined;
      try {
        // Asked while the reader is handed over and the first files are read; the dry run awaits it only to classify.
        const codes = officialCodes();
        codes.catch(() => undefined); // a failure is reported where the dry run awaits it
        reader = await readers.take();
        const { read, size } = reader;
        // The worker takes the bytes it reads (transferred); a copy goes, made as the file is handed over, so the
        // batch can be checked again and only the read-ahead window is held twice.
        const plans = await dryRun(db, files, (bytes, name) => read(bytes.slice(), name), {
          period,
          officialCodes: codes,
          acceptedParents: batch.current.accepted,
          concurrency: size,
          onProgress: throttled((done, total) => setState({ kind: 'checking', done, total })),
        });
        const all = [
          ...refused.map((r): FilePlan => ({ fileName: r.name, outcome: { kind: 'error', message: r.reason } })),
          ...plans,
        ];
        setState({ kind: 'review', plans: all, choices: all.map(() => 'manifest') });
      } catch (e) {
        setState({
          kind: 'failed',
          message: say('board.import.checkFailed', { reason: storageErrorMessage(e) }),
        });
      } finally {
        if (reader) readers.release(reader);
        busy.current = false;
      }
    },
    [period, readers],
  );

  const setChoice = useCallback((index: number, choice: DifferenceChoice) => {
    setState((s) => (s.kind === 'review' ? { ...s, choices: s.choices.map((c, i) => (i === index ? choice : c)) } : s));
  }, []);

  const confirm = useCallback(async () => {
    if (state.kind !== 'review' || busy.current) return;
    busy.current = true;
    const { plans, choices } = state;
    setState({ kind: 'committing', plans, choices, done: 0, total: 0 });
    try {
      // The batch is backed up first (desktop): an import that turns out wrong can be undone by a restore.
      if (plans.some((p) => p.outcome.kind === 'new' || p.outcome.kind === 'newer')) await backupBeforeImport();
      const results = await commitImport(db, plans, choices, {
        batch: batchDb(),
        // The count moves as files are stored (a province's batch takes a second or more, 1,000 files several).
        onProgress: throttled((done, total) => setState({ kind: 'committing', plans, choices, done, total })),
      });
      setState({ kind: 'done', results });
    } catch (e) {
      setState({ kind: 'failed', message: say('board.import.commitFailed', { reason: storageErrorMessage(e) }) });
    } finally {
      busy.current = false;
    }
  }, [state]);

  /** Adds the batch's communes of the official list to the verifier's list in one step, then checks again. */
  const addFromFiles = useCallback(async () => {
    if (state.kind !== 'review' || busy.current) return;
    const receiving = await getDistrict(db);
    if (!receiving) return;
    const list = receiving.list ? await loadOfficialList(receiving.list).catch(() => undefined) : undefined;
    await addCommunes(db, receiving.code, addableUnits(state.plans), list);
    await receive(batch.current.files, batch.current.refused, true);
  }, [state, receive]);

  /** Accepts a file naming another parent for a unit on this verifier's list, then checks again. */
  const acceptParent = useCallback(
    async (unitCode: string) => {
      if (state.kind !== 'review' || busy.current) return;
      batch.current.accepted.add(unitCode);
      await receive(batch.current.files, batch.current.refused, true);
    },
    [state, receive],
  );

  const cancel = useCallback(() => {
    if (!busy.current) setState({ kind: 'idle' });
  }, []);

  return { state, prepare, receive, setChoice, confirm, cancel, addFromFiles, acceptParent };
}
