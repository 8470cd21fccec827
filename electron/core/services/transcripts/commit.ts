/**
 * Storing a staged transcript: one transaction creates or updates the interview, maps speakers to
 * people, writes the turns and, when replacing, re-anchors existing quotes or flags them.
 */
import path from 'node:path';
import { reanchor } from '../../../../shared/domain/anchoring';
import { normaliseCueTimes } from '../../../../shared/domain/cueTimes';
import {
  UNKNOWN_SPEAKER_LABEL,
  type CommitResult,
  type DuplicateOf,
  type SpeakerRole,
} from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { getInterview, insertInterview, linkParticipant } from '../../repos/interviews';
import { recordOperation } from '../../repos/operations';
import { getParticipant, insertParticipant } from '../../repos/participants';
import { speakerPseudonym } from '../participants';
import * as repo from '../../repos/transcripts';
import type { StagedEntry } from './staging';

export type Target =
  | {
      kind: 'new';
      title?: string | undefined;
      date?: number | null | undefined;
      method?: string | undefined;
      interviewer?: string | undefined;
    }
  | { kind: 'existing'; interviewId: number; replace: boolean };

export interface Mapping {
  label: string | null;
  role: SpeakerRole;
  participantId: number | null;
  createParticipant: boolean;
}

export interface CommitOptions {
  /** Store the file even though a transcript with the same content is already in the project. */
  importDuplicate?: boolean;
}

/** All or nothing: its own transaction, or a savepoint inside a caller's (bulk import). */
export function commitTranscript(
  ctx: ProjectContext,
  entry: StagedEntry,
  target: Target,
  mappings: Mapping[],
  opts: CommitOptions = {},
): CommitResult {
  const result = ctx.db.transaction(() => store(ctx, entry, target, mappings, opts))();
  ctx.emit('entities.changed', { kind: 'interview', ids: [result.interviewId] });
  ctx.emit('entities.changed', { kind: 'transcript', ids: [result.interviewId] });
  if (result.participantsCreated.length)
    ctx.emit('entities.changed', { kind: 'participant', ids: result.participantsCreated });
  return result;
}

function store(
  ctx: ProjectContext,
  entry: StagedEntry,
  target: Target,
  mappings: Mapping[],
  opts: CommitOptions,
): CommitResult {
  const { db } = ctx;
  const at = ctx.clock.now();
  const parsed = entry.parsed;
  const byLabel = resolveMappings(ctx, entry, mappings);
  // Checked here, inside the transaction, not only at staging: the same file may have been committed
  // since (twice in one batch, or from another window). Replacing a transcript by its own file is fine.
  if (target.kind === 'existing' && !getInterview(db, target.interviewId)) {
    throw new AppError('NOT_FOUND', 'That interview no longer exists.');
  }
  if (!opts.importDuplicate) {
    const replacing = target.kind === 'existing' ? (repo.transcriptOf(db, target.interviewId)?.id ?? null) : null;
    const same = repo.transcriptsWithContent(db, entry.contentSha256, replacing);
    if (same.length > 0) throw duplicateError(entry.fileName, same[0]!);
  }

  // 1. The interview.
  let interviewId: number;
  let revision = 1;
  let oldQuotes: repo.AnchoredQuoteRow[] = [];
  if (target.kind === 'new') {
    const interviewer = target.interviewer ?? mappings.find((m) => m.role === 'interviewer' && m.label)?.label ?? '';
    interviewId = insertInterview(db, ctx.newGuid(), at, {
      title: target.title?.trim() || titleFromFile(entry.fileName),
      date: target.date ?? null,
      method: (target.method as never) ?? 'customer_interview',
      status: 'transcribed',
      interviewer,
      summary: '',
    });
  } else {
    const interview = getInterview(db, target.interviewId);
    if (!interview) throw new AppError('NOT_FOUND', 'That interview no longer exists.');
    interviewId = interview.id;
    const existing = repo.transcriptOf(db, interviewId);
    if (existing && !target.replace) {
      throw new AppError('CONFLICT', `"${interview.title}" already has a transcript. Choose "Replace" to swap it.`);
    }
    if (existing) {
      revision = existing.revision + 1;
      oldQuotes = repo.transcriptQuotes(db, interviewId);
      repo.deleteTranscript(db, existing.id); // quotes stay; their turn links are cleared by the schema
    }
    if (interview.status === 'planned' || interview.status === 'conducted') {
      repo.setInterviewStatus(db, interviewId, 'transcribed', at);
    }
  }

  // 2. Speakers, creating participants where asked.
  const transcriptId = repo.insertTranscript(db, {
    guid: ctx.newGuid(),
    interviewId,
    sourceName: entry.fileName,
    format: parsed.format,
    encoding: parsed.encoding,
    durationMs: parsed.durationMs === null ? null : Math.round(parsed.durationMs),
    revision,
    at,
    preface: parsed.preface ?? '',
    contentSha256: entry.contentSha256,
  });
  const created: number[] = [];
  const speakerIds = new Map<string | null, number>();
  for (const s of parsed.speakers) {
    const m = byLabel.get(s.label)!;
    let participantId = m.role === 'participant' ? m.participantId : null;
    if (m.role === 'participant' && participantId === null && m.createParticipant) {
      participantId = insertParticipant(db, ctx.newGuid(), at, {
        pseudonym: speakerPseudonym(ctx, s.label ?? ''),
        realName: s.label ?? '',
        role: '',
        careerStage: '',
        companyId: null,
        segmentId: null,
        consent: 'pending',
        consentAt: null,
        notes: `Created when importing ${entry.fileName}.`,
      });
      created.push(participantId);
    }
    if (participantId !== null) linkParticipant(db, interviewId, participantId);
    speakerIds.set(
      s.label,
      repo.insertSpeaker(db, {
        transcriptId,
        label: s.label ?? UNKNOWN_SPEAKER_LABEL,
        role: m.role,
        participantId,
        countsAsEvidence: m.role === 'participant',
      }),
    );
  }

  // 3. Turns.
  const stored = parsed.turns.map((t, seq) => ({
    id: repo.insertTurn(db, {
      guid: ctx.newGuid(),
      transcriptId,
      seq,
      speakerId: speakerIds.get(t.speaker) ?? null,
      startMs: t.startMs === null ? null : Math.round(t.startMs),
      endMs: t.endMs === null ? null : Math.round(t.endMs),
      text: t.text,
      cues: normaliseCueTimes((t.cues ?? []).map(([offset, ms]) => [offset, Math.round(ms)])),
    }),
    text: t.text,
  }));

  // 4. Quotes of a replaced transcript: found again from their words and context, or flagged.
  let reanchored = 0;
  let flagged = 0;
  for (const q of oldQuotes) {
    const found = reanchor(stored, { exact: q.exact_text, prefix: q.prefix, suffix: q.suffix });
    if (found.ok) {
      repo.setQuoteAnchor(db, q.id, at, { ...found.anchor, status: 'ok' });
      reanchored++;
    } else {
      repo.setQuoteAnchor(db, q.id, at, {
        startTurnId: null,
        startOffset: 0,
        endTurnId: null,
        endOffset: 0,
        status: 'flagged',
      });
      flagged++;
    }
  }

  recordOperation(db, at, {
    action: target.kind === 'existing' && revision > 1 ? 'replace-transcript' : 'import-transcript',
    entity: 'interview',
    entityId: interviewId,
    payload: {
      file: entry.fileName,
      format: parsed.format,
      turns: stored.length,
      reanchored,
      flagged,
      participantsCreated: created,
    },
  });
  return {
    interviewId,
    turnCount: stored.length,
    quotesReanchored: reanchored,
    quotesFlagged: flagged,
    participantsCreated: created,
  };
}

/** Every speaker in the file gets exactly one mapping; mappings must name speakers that exist. */
function resolveMappings(ctx: ProjectContext, entry: StagedEntry, mappings: Mapping[]): Map<string | null, Mapping> {
  const labels = new Set(entry.parsed.speakers.map((s) => s.label));
  const byLabel = new Map<string | null, Mapping>();
  for (const m of mappings) {
    if (!labels.has(m.label)) {
      throw new AppError('VALIDATION', `"${m.label ?? UNKNOWN_SPEAKER_LABEL}" is not a speaker in ${entry.fileName}.`);
    }
    if (m.participantId !== null && !getParticipant(ctx.db, m.participantId)) {
      throw new AppError('VALIDATION', 'A speaker is mapped to a participant who no longer exists.');
    }
    byLabel.set(m.label, m);
  }
  for (const label of labels) {
    if (!byLabel.has(label))
      byLabel.set(label, { label, role: 'other', participantId: null, createParticipant: false });
  }
  return byLabel;
}

/** The sentence the researcher sees; the import dialog offers "Skip" and "Import again" beside it. */
export function duplicateError(fileName: string, first: DuplicateOf): AppError {
  return new AppError(
    'CONFLICT',
    `${fileName} was already imported: the same file is the transcript of "${first.interviewTitle}". Skip it, or import it again as a separate interview.`,
  );
}

function titleFromFile(fileName: string): string {
  const base = path.basename(fileName, path.extname(fileName)).replace(/[_]+/g, ' ').trim();
  return base.slice(0, 200) || 'Imported interview';
}
