/** Reading a file into the staging area: parse, suggest a speaker mapping, store nothing. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StagedTranscript } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { transcriptsWithContent } from '../../repos/transcripts';
import { checkByteSize, resolveLimits } from '../import/limits';
import type { StagingArea } from './staging';
import { inlineParser, type TranscriptParser } from './parser';
import { suggestSpeakers } from './suggest';

export async function stageBytes(
  ctx: ProjectContext,
  staging: StagingArea,
  fileName: string,
  bytes: Uint8Array,
  parser: TranscriptParser = inlineParser,
): Promise<StagedTranscript> {
  const parsed = await parser.parse(bytes, fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entry = staging.put(fileName, bytes.byteLength, parsed, sha256);
  return {
    stagingId: entry.id,
    fileName,
    sizeBytes: bytes.byteLength,
    format: parsed.format,
    flavour: parsed.flavour ?? null,
    encoding: parsed.encoding,
    turnCount: parsed.turns.length,
    durationMs: parsed.durationMs,
    warnings: parsed.warnings,
    preview: parsed.preview,
    speakers: suggestSpeakers(ctx.db, parsed),
    preface: parsed.preface,
    contentSha256: sha256,
    duplicates: transcriptsWithContent(ctx.db, sha256),
  };
}

/** Reads from disk, refusing an oversized file from its size alone, before reading a byte of it. */
export async function stagePath(
  ctx: ProjectContext,
  staging: StagingArea,
  file: string,
  parser: TranscriptParser = inlineParser,
): Promise<StagedTranscript> {
  const name = path.basename(file);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new AppError('IO', `${name} is a folder; choose the transcript files inside it.`);
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `${name} could not be found or read.`);
  }
  checkByteSize(size, name, resolveLimits(undefined));
  return stageBytes(ctx, staging, name, fs.readFileSync(file), parser);
}
