/** Quote and coding use cases: create, resize, star, comment, tag, untag, delete — each one undoable step. */
import { anchorFromRange, flatten, globalOffset, quoteTextAt, reanchor } from '../../../../shared/domain/anchoring';
import type { Position, Quote } from '../../../../shared/domain/quote';
import type { TagKind } from '../../../../shared/domain/tag';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as quotes from '../../repos/quotes';
import { codingFor, tagBasics } from '../../repos/tags';
import { noteText } from '../../repos/notes';
import { speakerInTranscript, transcriptOf, turnsOf, turnWithInterview } from '../../repos/transcripts';
import { insertTag } from './tags';
import { TagFields } from '../../../../shared/domain/tag';
import type { Stance } from '../../../../shared/domain/synthesis';
import { linkedParticipantIds } from '../../repos/interviews';

function mustGet(ctx: ProjectContext, id: number): Quote {
  const q = quotes.getQuote(ctx.db, id);
  if (!q) throw new AppError('NOT_FOUND', 'That quote no longer exists.');
  return q;
}

/** The tags on these quotes changed (codings), not the quotes themselves. */
function codingsChanged(ctx: ProjectContext, quoteIds: number[], newTag = false): void {
  ctx.emit('entities.changed', { kind: 'coding', ids: quoteIds });
  if (newTag) ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

function changed(ctx: ProjectContext, quoteIds: number[], tags = false): void {
  ctx.emit('entities.changed', { kind: 'quote', ids: quoteIds });
  if (tags) ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

/** Resolves two positions in an interview's transcript to a global range, checking order and bounds. */
function rangeOf(ctx: ProjectContext, interviewId: number, start: Position, end: Position) {
  const transcript = transcriptOf(ctx.db, interviewId);
  if (!transcript) throw new AppError('VALIDATION', 'This interview has no transcript to quote from.');
  const turns = turnsOf(ctx.db, transcript.id);
  const flat = flatten(turns);
  const a = globalOffset(flat, turns, start.turnId, start.offset);
  const b = globalOffset(flat, turns, end.turnId, end.offset);
  if (a === null || b === null) throw new AppError('VALIDATION', 'The selection is not inside this transcript.');
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  const text = flat.text.slice(from, to);
  if (text.trim().length === 0) throw new AppError('VALIDATION', 'Select some words to make a quote.');
  // Trim surrounding whitespace so "  the export is slow " and "the export is slow" are one quote.
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { flat, from: from + lead, to: to - trail };
}

/**
 * Applies a tag inside a caller's step. `coderId` names the coder the coding is for when it is not the
 * current coder (settling a disagreement gives one coder's coding to another, issue 18).
 */
export function applyInChangeSet(
  ctx: ProjectContext,
  c: ChangeSet,
  quoteId: number,
  tagId: number,
  intensity: number | null,
  stance: Stance = 'supports',
  coderId?: number,
): void {
  if (!tagBasics(ctx.db, tagId)) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
  const existing = codingFor(ctx.db, quoteId, tagId);
  if (existing) {
    const patch = {
      ...(existing.intensity !== intensity && intensity !== null ? { intensity } : {}),
      ...(existing.stance !== stance ? { stance } : {}),
    };
    if (Object.keys(patch).length) c.update('codings', existing.id, patch);
    return;
  }
  c.insert('codings', {
    guid: ctx.newGuid(),
    quote_id: quoteId,
    tag_id: tagId,
    intensity,
    stance,
    created_at: ctx.clock.now(),
    ...(coderId !== undefined ? { coder_id: coderId } : {}),
  });
}

/**
 * Inserts a quote (its words and context, new GUID, times) and codes it with the tags given. `coderId`
 * makes quote and codings another coder's than the current one (a settled disagreement, issue 18).
 */
export function insertQuote(
  ctx: ProjectContext,
  c: ChangeSet,
  tagIds: number[],
  where: Record<string, string | number | null>,
  text: { exact: string; prefix: string; suffix: string },
  coderId?: number,
): number {
  const at = ctx.clock.now();
  const quoteId = c.insert('quotes', {
    guid: ctx.newGuid(),
    ...where,
    exact_text: text.exact,
    prefix: text.prefix,
    suffix: text.suffix,
    created_at: at,
    updated_at: at,
    ...(coderId !== undefined ? { coder_id: coderId } : {}),
  });
  for (const tagId of tagIds) applyInChangeSet(ctx, c, quoteId, tagId, null, 'supports', coderId);
  return quoteId;
}

export function createQuote(
  ctx: ProjectContext,
  input: { interviewId: number; start: Position; end: Position; tagIds: number[] },
): Quote {
  const id = undoable(ctx, { label: 'Create quote', action: 'create', entity: 'quote', kinds: ['quote'] }, (c) => {
    const { flat, from, to } = rangeOf(ctx, input.interviewId, input.start, input.end);
    const anchor = anchorFromRange(flat, from, to);
    const text = quoteTextAt(flat, from, to);
    return insertQuote(
      ctx,
      c,
      input.tagIds,
      {
        interview_id: input.interviewId,
        source: 'transcript',
        start_segment_id: anchor.startTurnId,
        start_offset: anchor.startOffset,
        end_segment_id: anchor.endTurnId,
        end_offset: anchor.endOffset,
      },
      text,
    );
  });
  changed(ctx, [id], input.tagIds.length > 0);
  return mustGet(ctx, id);
}

export function resizeQuote(ctx: ProjectContext, id: number, start: Position, end: Position): Quote {
  const quote = mustGet(ctx, id);
  undoable(ctx, { label: 'Adjust quote', action: 'resize', entity: 'quote', entityId: id, kinds: ['quote'] }, (c) => {
    const { flat, from, to } = rangeOf(ctx, quote.interviewId, start, end);
    const anchor = anchorFromRange(flat, from, to);
    const text = quoteTextAt(flat, from, to);
    c.update('quotes', id, {
      start_segment_id: anchor.startTurnId,
      start_offset: anchor.startOffset,
      end_segment_id: anchor.endTurnId,
      end_offset: anchor.endOffset,
      exact_text: text.exact,
      prefix: text.prefix,
      suffix: text.suffix,
      anchor_status: 'ok',
      updated_at: ctx.clock.now(),
    });
  });
  changed(ctx, [id], true);
  return mustGet(ctx, id);
}

export function updateQuote(ctx: ProjectContext, id: number, patch: { starred?: boolean; comment?: string }): Quote {
  mustGet(ctx, id);
  const label = patch.starred !== undefined ? (patch.starred ? 'Star quote' : 'Unstar quote') : 'Edit quote note';
  undoable(ctx, { label, action: 'update', entity: 'quote', entityId: id, kinds: ['quote'] }, (c) => {
    c.update('quotes', id, {
      ...(patch.starred !== undefined ? { starred: patch.starred ? 1 : 0 } : {}),
      ...(patch.comment !== undefined ? { comment: patch.comment } : {}),
      updated_at: ctx.clock.now(),
    });
  });
  changed(ctx, [id]);
  return mustGet(ctx, id);
}

/** Deletes a quote with its codings and citations (recorded, so undo brings them all back). */
export function deleteQuote(ctx: ProjectContext, id: number): { deleted: number } {
  mustGet(ctx, id);
  undoable(ctx, { label: 'Delete quote', action: 'delete', entity: 'quote', entityId: id, kinds: ['quote'] }, (c) =>
    deleteQuoteIn(ctx, c, id),
  );
  changed(ctx, [id], true);
  return { deleted: id };
}

/** Deletes a quote with its codings and citations inside a caller's step. */
export function deleteQuoteIn(ctx: ProjectContext, c: ChangeSet, id: number): void {
  for (const cid of quotes.citationIdsOfQuote(ctx.db, id)) c.delete('citations', cid);
  for (const cid of quotes.codingIdsOfQuote(ctx.db, id)) c.delete('codings', cid);
  c.delete('quotes', id);
}

export function applyTag(
  ctx: ProjectContext,
  quoteId: number,
  tagId: number,
  intensity: number | null,
  stance: Stance = 'supports',
): Quote {
  mustGet(ctx, quoteId);
  const tag = tagBasics(ctx.db, tagId);
  if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
  if (tag.archived) throw new AppError('VALIDATION', `"${tag.name}" is archived; restore it before tagging with it.`);
  const label = stance === 'contradicts' ? `Tag with "${tag.name}" (contradicts)` : `Tag with "${tag.name}"`;
  undoable(ctx, { label, action: 'tag', entity: 'quote', entityId: quoteId, kinds: ['coding'] }, (c) =>
    applyInChangeSet(ctx, c, quoteId, tagId, intensity, stance),
  );
  codingsChanged(ctx, [quoteId]);
  return mustGet(ctx, quoteId);
}

/** Marks an applied tag as supported or contradicted by the quote's words: one undoable step. */
export function setStance(ctx: ProjectContext, quoteId: number, tagId: number, stance: Stance): Quote {
  mustGet(ctx, quoteId);
  const coding = codingFor(ctx.db, quoteId, tagId);
  if (!coding) throw new AppError('NOT_FOUND', 'The quote does not have that tag.');
  if (coding.stance === stance) return mustGet(ctx, quoteId);
  const tag = tagBasics(ctx.db, tagId);
  const label =
    stance === 'contradicts'
      ? `Mark as contradicting "${tag?.name ?? 'tag'}"`
      : `Mark as supporting "${tag?.name ?? 'tag'}"`;
  undoable(ctx, { label, action: 'stance', entity: 'quote', entityId: quoteId, kinds: ['coding'] }, (c) =>
    c.update('codings', coding.id, { stance }),
  );
  codingsChanged(ctx, [quoteId]);
  return mustGet(ctx, quoteId);
}

export function removeTag(ctx: ProjectContext, quoteId: number, tagId: number): Quote {
  mustGet(ctx, quoteId);
  const coding = codingFor(ctx.db, quoteId, tagId);
  if (!coding) throw new AppError('NOT_FOUND', 'The quote does not have that tag.');
  const tag = tagBasics(ctx.db, tagId);
  undoable(
    ctx,
    {
      label: `Remove "${tag?.name ?? 'tag'}"`,
      action: 'untag',
      entity: 'quote',
      entityId: quoteId,
      kinds: ['coding'],
    },
    (c) => c.delete('codings', coding.id),
  );
  codingsChanged(ctx, [quoteId]);
  return mustGet(ctx, quoteId);
}

/** Creates a tag and applies it in one undoable step (the picker's modifier+Enter). */
export function createTagAndApply(
  ctx: ProjectContext,
  quoteId: number,
  input: { name: string; kind: TagKind; parentId: number | null },
): Quote {
  mustGet(ctx, quoteId);
  const fields = TagFields.parse(input);
  undoable(
    ctx,
    {
      label: `Tag with new "${fields.name}"`,
      action: 'tag-new',
      entity: 'quote',
      entityId: quoteId,
      kinds: ['coding', 'tag'],
    },
    (c) => {
      const tagId = insertTag(ctx, c, fields);
      applyInChangeSet(ctx, c, quoteId, tagId, null);
    },
  );
  codingsChanged(ctx, [quoteId], true);
  return mustGet(ctx, quoteId);
}

/**
 * Corrects a turn's text or speaker. Quotes that start or end in the turn are found again from their
 * words and context, or flagged for review — never shifted silently.
 */
export function editTurn(
  ctx: ProjectContext,
  turnId: number,
  patch: { text?: string; speakerId?: number | null },
): { reanchored: number; flagged: number; interviewId: number } {
  const seg = turnWithInterview(ctx.db, turnId);
  if (!seg) throw new AppError('NOT_FOUND', 'That turn no longer exists.');
  if (patch.speakerId != null) {
    if (!speakerInTranscript(ctx.db, patch.speakerId, seg.transcript_id))
      throw new AppError('VALIDATION', 'That speaker is not in this transcript.');
  }
  if (patch.text !== undefined && patch.text.trim() === '')
    throw new AppError('VALIDATION', 'A turn cannot be empty.', { text: 'Type the corrected words.' });
  let reanchored = 0;
  let flagged = 0;
  undoable(
    ctx,
    {
      label: 'Correct transcript',
      action: 'edit-turn',
      entity: 'transcript',
      entityId: seg.interview_id,
      kinds: ['transcript', 'quote'],
    },
    (c) => {
      c.update('transcript_segments', turnId, {
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.speakerId !== undefined ? { speaker_id: patch.speakerId } : {}),
      });
      if (patch.text === undefined || patch.text === seg.text) return;
      const turns = turnsOf(ctx.db, seg.transcript_id);
      for (const q of quotes.quotesTouchingTurn(ctx.db, turnId)) {
        const found = reanchor(turns, { exact: q.exact_text, prefix: q.prefix, suffix: q.suffix });
        const at = ctx.clock.now();
        if (found.ok) {
          reanchored++;
          c.update('quotes', q.id, {
            start_segment_id: found.anchor.startTurnId,
            start_offset: found.anchor.startOffset,
            end_segment_id: found.anchor.endTurnId,
            end_offset: found.anchor.endOffset,
            anchor_status: 'ok',
            updated_at: at,
          });
        } else {
          flagged++;
          c.update('quotes', q.id, { anchor_status: 'flagged', updated_at: at });
        }
      }
    },
  );
  ctx.emit('entities.changed', { kind: 'transcript', ids: [seg.interview_id] });
  changed(ctx, []);
  return { reanchored, flagged, interviewId: seg.interview_id };
}

/**
 * A quote made in interview-mode notes: offsets are UTF-16 positions in the note's plain text.
 * The note's Lexical document marks the span with the quote's id (the renderer adds the mark).
 */
export function createQuoteFromNote(
  ctx: ProjectContext,
  input: { noteId: number; start: number; end: number; tagIds: number[]; participantId?: number | null | undefined },
): Quote {
  const note = noteText(ctx.db, input.noteId);
  if (!note) throw new AppError('NOT_FOUND', 'That note no longer exists.');
  if (note.interview_id === null) throw new AppError('VALIDATION', 'Only notes of an interview can hold quotes.');
  const from = Math.min(input.start, input.end);
  const to = Math.max(input.start, input.end);
  if (to > note.plain_text.length)
    throw new AppError('CONFLICT', 'The note changed before the quote was made; select the words again.');
  if (note.plain_text.slice(from, to).trim() === '')
    throw new AppError('VALIDATION', 'Select some words to make a quote.');
  const attributed = attributionFor(ctx, note.interview_id, input.participantId);
  const flat = flatten([{ id: note.id, text: note.plain_text }]);
  const text = quoteTextAt(flat, from, to);
  const id = undoable(
    ctx,
    { label: 'Create quote from notes', action: 'create', entity: 'quote', kinds: ['quote'] },
    (c) =>
      insertQuote(
        ctx,
        c,
        input.tagIds,
        {
          interview_id: note.interview_id,
          source: 'note',
          note_id: note.id,
          attributed_participant_id: attributed,
          start_offset: from,
          end_offset: to,
        },
        text,
      ),
  );
  changed(ctx, [id], input.tagIds.length > 0);
  return mustGet(ctx, id);
}

/**
 * Who a note quote is attributed to: the choice when given (it must be one of the interview's
 * participants), else the interview's only participant; an interview with several must say which.
 */
function attributionFor(ctx: ProjectContext, interviewId: number, chosen: number | null | undefined): number | null {
  const linked = linkedParticipantIds(ctx.db, interviewId);
  if (chosen === null) return null;
  if (chosen !== undefined) {
    if (!linked.includes(chosen)) {
      throw new AppError('VALIDATION', 'That participant is not in this interview.', {
        participantId: 'Choose one of the interview’s participants.',
      });
    }
    return chosen;
  }
  if (linked.length > 1) {
    throw new AppError('VALIDATION', 'This interview has several participants: choose who said it.', {
      participantId: 'Choose who said it.',
    });
  }
  return linked[0] ?? null;
}

/** Attributes a quote from notes to a participant of its interview (or to nobody): one undoable step. */
export function attributeQuote(ctx: ProjectContext, id: number, participantId: number | null): Quote {
  const quote = mustGet(ctx, id);
  if (quote.source !== 'note') {
    throw new AppError(
      'VALIDATION',
      'Only quotes from notes are attributed by hand; a transcript quote belongs to its speaker.',
    );
  }
  const attributed = attributionFor(ctx, quote.interviewId, participantId);
  if (attributed === quote.attributedParticipantId) return quote;
  undoable(
    ctx,
    { label: 'Attribute quote', action: 'attribute', entity: 'quote', entityId: id, kinds: ['quote'] },
    (c) => c.update('quotes', id, { attributed_participant_id: attributed, updated_at: ctx.clock.now() }),
  );
  changed(ctx, [id], true);
  return mustGet(ctx, id);
}
