/** An interview's transcript for the reader: speakers and turns in order. */
import type { Database } from 'better-sqlite3';
import type { Transcript } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import { getInterview } from '../../repos/interviews';
import { speakersOf, transcriptOf, turnsOf } from '../../repos/transcripts';

export function readTranscript(db: Database, interviewId: number): Transcript | null {
  const interview = getInterview(db, interviewId);
  if (!interview) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  const t = transcriptOf(db, interviewId);
  if (!t) return null;
  return {
    id: t.id,
    interviewId,
    interviewStatus: interview.status,
    sourceName: t.source_name,
    format: t.format,
    encoding: t.encoding,
    durationMs: t.duration_ms,
    revision: t.revision,
    importedAt: t.imported_at,
    preface: t.preface,
    speakers: speakersOf(db, t.id),
    turns: turnsOf(db, t.id),
  };
}
