/**
 * Importing many files into new interviews (CLI, bulk path). Each file is all-or-nothing; a failed
 * file is reported with its reason and the others still import. With `fast`, files are committed
 * in chunks with the full-text triggers deferred and the index rebuilt once per chunk.
 */
import path from 'node:path';
import type { StagedTranscript } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { withDeferredFts } from '../../repos/ftsDeferral';
import { commitTranscript, type Mapping } from './commit';
import { stagePath } from './stage';
import type { StagingArea } from './staging';

export interface FileOutcome {
  file: string;
  ok: boolean;
  error?: { code: string; message: string };
  staged?: StagedTranscript;
  interviewId?: number;
}

export interface BatchOptions {
  fast?: boolean;
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The mapping the preview suggests, with a new participant for each unmatched participant speaker. */
export function suggestedMappings(staged: StagedTranscript): Mapping[] {
  return staged.speakers.map((s) => ({
    label: s.label,
    role: s.suggestion.role,
    participantId: s.suggestion.participantId,
    createParticipant: s.suggestion.role === 'participant' && s.suggestion.participantId === null && s.label !== null,
  }));
}

export async function importFiles(
  ctx: ProjectContext,
  staging: StagingArea,
  files: string[],
  opts: BatchOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const chunkSize = opts.fast ? (opts.chunkSize ?? 50) : 1;
  for (let i = 0; i < files.length; i += chunkSize) {
    if (opts.signal?.aborted) {
      for (const f of files.slice(i)) outcomes.push(failed(f, new AppError('CANCELLED', 'Cancelled before this file was read.')));
      break;
    }
    const chunk = files.slice(i, i + chunkSize);
    const staged: { file: string; s: StagedTranscript }[] = [];
    for (const file of chunk) {
      try {
        staged.push({ file, s: await stagePath(ctx, staging, file) });
      } catch (err) {
        outcomes.push(failed(file, err));
      }
    }
    const commitAll = () => {
      for (const { file, s } of staged) {
        try {
          const entry = staging.get(s.stagingId)!;
          const result = commitTranscript(ctx, entry, { kind: 'new' }, suggestedMappings(s));
          outcomes.push({ file, ok: true, staged: s, interviewId: result.interviewId });
        } catch (err) {
          outcomes.push({ ...failed(file, err), staged: s });
        } finally {
          staging.discard(s.stagingId);
        }
        opts.onProgress?.(outcomes.length, files.length, path.basename(file));
      }
    };
    if (opts.fast) ctx.db.transaction(() => withDeferredFts(ctx.db, 'transcript_fts', commitAll))();
    else commitAll();
  }
  // Keep the order the files were given in.
  return files.map((f) => outcomes.find((o) => o.file === f)!);
}

function failed(file: string, err: unknown): FileOutcome {
  const e = err instanceof AppError ? err : new AppError('INTERNAL', (err as Error)?.message ?? String(err));
  return { file, ok: false, error: { code: e.code, message: e.message } };
}
