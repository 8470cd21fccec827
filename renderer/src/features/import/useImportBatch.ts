/**
 * One import batch: files are read and staged one at a time (a preview each, nothing stored),
 * reviewed, then committed one by one. Each file is all-or-nothing; a failed file is kept with
 * its reason and the others go on. Cancel stops after the file in hand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommitResult, StagedTranscript } from '../../../../shared/domain/transcript';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { dayToEpoch } from '../../ui/format';
import { readAsBase64, ReadCancelled, sizeProblem } from './files';
import { nameKey, suggestedChoice, titleFromFileName, toMapping, type SpeakerChoice } from './mapping';

export type Phase = 'choose' | 'reading' | 'review' | 'importing' | 'summary';
export type ItemStatus =
  'waiting' | 'reading' | 'ready' | 'failed' | 'importing' | 'imported' | 'cancelled' | 'skipped';

export interface TargetDraft {
  kind: 'new' | 'existing';
  title: string;
  /** yyyy-mm-dd or '' */
  date: string;
  interviewId: string;
  replace: boolean;
}

export interface ImportItem {
  key: string;
  file: File;
  name: string;
  status: ItemStatus;
  staged: StagedTranscript | null;
  /** Why the file could not be read or imported, in the core's words. */
  error: string | null;
  failedWhile: 'reading' | 'importing' | null;
  target: TargetDraft;
  choices: SpeakerChoice[];
  result: CommitResult | null;
  /** Something to fix before importing (shown on the card). */
  problem: string | null;
  /** The project already holds this file's content: import it again as well (else it is skipped). */
  importAgain: boolean;
}

/** The file's content is already a transcript here, and replacing that very transcript is not what is asked. */
export function isDuplicate(item: ImportItem): boolean {
  const dups = item.staged?.duplicates ?? [];
  if (dups.length === 0) return false;
  const { target } = item;
  if (target.kind === 'existing' && target.replace && dups.some((d) => String(d.interviewId) === target.interviewId))
    return dups.length > 1;
  return true;
}

export interface Progress {
  done: number;
  total: number;
  current: string;
}

let nextKey = 0;

function newItem(file: File): ImportItem {
  const refused = sizeProblem(file.name, file.size);
  return {
    key: `file-${++nextKey}`,
    file,
    name: file.name,
    status: refused ? 'failed' : 'waiting',
    staged: null,
    error: refused,
    failedWhile: refused ? 'reading' : null,
    target: { kind: 'new', title: titleFromFileName(file.name), date: '', interviewId: '', replace: false },
    choices: [],
    result: null,
    problem: null,
    importAgain: false,
  };
}

export function useImportBatch() {
  const { client } = useApi();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [phase, setPhase] = useState<Phase>('choose');
  const [progress, setProgress] = useState<Progress>({ done: 0, total: 0, current: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const itemsRef = useRef<ImportItem[]>([]);
  const cancelled = useRef(false);
  const alive = useRef(true);

  const apply = useCallback((next: ImportItem[]) => {
    itemsRef.current = next;
    if (alive.current) setItems(next);
  }, []);
  const update = useCallback(
    (key: string, patch: Partial<ImportItem>) =>
      apply(itemsRef.current.map((item) => (item.key === key ? { ...item, ...patch } : item))),
    [apply],
  );

  /** Forgets previews the core is holding for files that will not be imported. */
  const discard = useCallback(
    (list: ImportItem[]) => {
      for (const item of list) {
        if (item.staged && item.status !== 'imported') {
          void client.call('imports.discard', { stagingId: item.staged.stagingId }).catch(() => undefined);
        }
      }
    },
    [client],
  );

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      // StrictMode unmounts and remounts once in development; only a real unmount stops the batch.
      setTimeout(() => {
        if (alive.current) return;
        cancelled.current = true;
        discard(itemsRef.current);
      }, 0);
    };
  }, [discard]);

  const addFiles = useCallback(
    async (files: File[], skipped = 0) => {
      setNotice(
        skipped > 0
          ? `${skipped} ${skipped === 1 ? 'file was' : 'files were'} left out: only .vtt, .srt, .txt, .md and .docx transcripts can be imported.`
          : null,
      );
      if (files.length === 0) return;
      const added = files.map(newItem);
      apply([...itemsRef.current, ...added]);
      const toRead = added.filter((item) => item.status === 'waiting');
      cancelled.current = false;
      setPhase('reading');
      for (const [index, item] of toRead.entries()) {
        if (cancelled.current) break;
        setProgress({ done: index, total: toRead.length, current: item.name });
        update(item.key, { status: 'reading' });
        try {
          // The web host takes the raw bytes; Electron's bridge takes them base64-encoded.
          const staged =
            (await client.stageUpload(item.file)) ??
            (await client.call('imports.stageFile', {
              fileName: item.name,
              dataBase64: await readAsBase64(item.file, () => cancelled.current),
            }));
          update(item.key, { status: 'ready', staged, choices: staged.speakers.map(suggestedChoice) });
        } catch (error) {
          if (error instanceof ReadCancelled) break;
          update(item.key, { status: 'failed', error: asApiError(error).message, failedWhile: 'reading' });
        }
      }
      if (!alive.current) return;
      if (cancelled.current) {
        // Cancel drops the whole batch: nothing read so far is kept or stored.
        discard(itemsRef.current);
        apply([]);
        setNotice('Reading was cancelled. Nothing was imported.');
        setPhase('choose');
        return;
      }
      setProgress({ done: toRead.length, total: toRead.length, current: '' });
      setPhase('review');
    },
    [apply, update, client, discard],
  );

  /** Checks every ready file's target; returns false (with problems on the cards) when one needs a fix. */
  const validate = useCallback(
    (hasTranscript: (interviewId: number) => boolean) => {
      let ok = true;
      apply(
        itemsRef.current.map((item) => {
          if (item.status !== 'ready') return item;
          let problem: string | null = null;
          const { target } = item;
          if (target.kind === 'existing' && !target.interviewId) problem = 'Choose the interview to add it to.';
          else if (target.kind === 'existing' && hasTranscript(Number(target.interviewId)) && !target.replace)
            problem = 'That interview already has a transcript: choose “Replace transcript” or another interview.';
          if (problem) ok = false;
          return { ...item, problem };
        }),
      );
      return ok;
    },
    [apply],
  );

  const importAll = useCallback(async () => {
    const ready = itemsRef.current.filter((item) => item.status === 'ready' && item.staged);
    cancelled.current = false;
    setPhase('importing');
    const created = new Map<string, number>();
    for (const [index, item] of ready.entries()) {
      if (isDuplicate(item) && !item.importAgain) {
        update(item.key, { status: 'skipped', error: 'Skipped: this file is already in the project.' });
        discard([item]);
        continue;
      }
      if (cancelled.current) {
        update(item.key, { status: 'cancelled', error: 'Not imported: the import was cancelled before this file.' });
        discard([item]);
        continue;
      }
      setProgress({ done: index, total: ready.length, current: item.name });
      update(item.key, { status: 'importing' });
      const staged = item.staged!;
      const { target } = item;
      try {
        const result = await client.call('imports.commit', {
          stagingId: staged.stagingId,
          target:
            target.kind === 'new'
              ? { kind: 'new', title: target.title.trim() || undefined, date: dayToEpoch(target.date) }
              : { kind: 'existing', interviewId: Number(target.interviewId), replace: target.replace },
          speakers: staged.speakers.map((speaker, i) => toMapping(speaker, item.choices[i] ?? 'other', created)),
          importDuplicate: item.importAgain,
        });
        update(item.key, { status: 'imported', result });
        if (result.participantsCreated.length > 0) {
          const people = await client.call('participants.list', {}).catch(() => []);
          for (const person of people) {
            if (result.participantsCreated.includes(person.id) && person.realName) {
              created.set(nameKey(person.realName), person.id);
            }
          }
        }
      } catch (error) {
        update(item.key, { status: 'failed', error: asApiError(error).message, failedWhile: 'importing' });
        discard([item]);
      }
    }
    if (!alive.current) return;
    setProgress({ done: ready.length, total: ready.length, current: '' });
    setPhase('summary');
  }, [client, update, discard]);

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const reset = useCallback(() => {
    discard(itemsRef.current);
    apply([]);
    setNotice(null);
    setPhase('choose');
  }, [apply, discard]);

  return { items, phase, progress, notice, addFiles, update, validate, importAll, cancel, reset };
}

export type ImportBatch = ReturnType<typeof useImportBatch>;
