/**
 * Importing many files into new interviews (CLI, bulk path). Each file is all-or-nothing; a failed
 * file is reported with its reason and the others still import. With `fast`, files are committed
 * in chunks with the full-text triggers deferred and the index rebuilt once per chunk.
 */
import path from 'node:path';
import type { DuplicateOf, StagedTranscript } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { withDeferredFts } from '../../repos/ftsDeferral';
import { transcriptsWithContent } from '../../repos/transcripts';
import { commitTranscript, duplicateError, type Mapping } from './commit';
import type { TranscriptParser } from './parser';
import { stagePath } from './stage';
import { suggestSpeakers } from './suggest';
import type { StagingArea } from './staging';

export interface FileOutcome {
  file: string;
  ok: boolean;
  error?: { code: string; message: string };
  staged?: StagedTranscript;
  interviewId?: number;
  /** Not imported because the project already holds the same content (and duplicates are skipped). */
  skipped?: DuplicateOf[];
}

export interface BatchOptions {
  fast?: boolean;
  /** With a worker parser, the next chunk is parsed while this one is written. */
  parser?: TranscriptParser;
  chunkSize?: number;
  signal?: AbortSignal;
  /** A file whose content is already in the project: left out (default) or imported again. */
  duplicates?: 'skip' | 'import';
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
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));

  type Staged = { file: string; s?: StagedTranscript; err?: unknown };
  const stageChunk = (chunk: string[]): Promise<Staged[]> =>
    Promise.all(
      chunk.map((file) =>
        stagePath(ctx, staging, file, opts.parser).then(
          (s) => ({ file, s }),
          (err: unknown) => ({ file, err }),
        ),
      ),
    );

  let next: Promise<Staged[]> | null = chunks.length ? stageChunk(chunks[0]!) : null;
  for (let k = 0; k < chunks.length; k++) {
    const staged = await next!;
    next = null;
    if (opts.signal?.aborted) {
      for (const st of staged) if (st.s) staging.discard(st.s.stagingId);
      for (const f of chunks.slice(k).flat())
        outcomes.push(failed(f, new AppError('CANCELLED', 'Cancelled before this file was stored.')));
      break;
    }
    if (k + 1 < chunks.length) next = stageChunk(chunks[k + 1]!); // parse ahead while this chunk is written
    for (const st of staged) if (st.err !== undefined) outcomes.push(failed(st.file, st.err));
    const commitAll = () => {
      for (const { file, s } of staged) {
        if (!s) continue;
        try {
          const entry = staging.get(s.stagingId)!;
          // Suggest again now: earlier files of this batch may have created the people named here.
          const fresh = { ...s, speakers: suggestSpeakers(ctx.db, entry.parsed) };
          // Against the project as it is now: an earlier file of this batch may hold the same bytes.
          const same = transcriptsWithContent(ctx.db, entry.contentSha256);
          if (same.length > 0 && opts.duplicates !== 'import') {
            outcomes.push({ ...failed(file, duplicateError(path.basename(file), same[0]!)), staged: s, skipped: same });
          } else {
            const result = commitTranscript(ctx, entry, { kind: 'new' }, suggestedMappings(fresh), {
              importDuplicate: true,
            });
            outcomes.push({ file, ok: true, staged: s, interviewId: result.interviewId });
          }
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
