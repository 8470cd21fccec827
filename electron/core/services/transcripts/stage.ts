/** Reading a file into the staging area: parse, suggest a speaker mapping, store nothing. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { StagedTranscript } from '../../../../shared/domain/transcript';
import type { ProjectContext } from '../../context';
import { readRegularFile } from '../../files/regularFile';
import { transcriptsWithContent } from '../../repos/transcripts';
import { fileTooLarge, resolveLimits } from '../import/limits';
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

/**
 * Reads from disk: only a regular file (never a FIFO, a device such as /dev/zero, or a folder),
 * sized with fstat on the open file and refused when too large before a byte of it is read.
 */
export async function stagePath(
  ctx: ProjectContext,
  staging: StagingArea,
  file: string,
  parser: TranscriptParser = inlineParser,
): Promise<StagedTranscript> {
  const name = path.basename(file);
  const limits = resolveLimits(undefined);
  const bytes = readRegularFile(file, limits.maxBytes, (size) => fileTooLarge(size, name, limits));
  return stageBytes(ctx, staging, name, bytes, parser);
}
