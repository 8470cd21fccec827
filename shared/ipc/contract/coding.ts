/** Codebook, quotes, codings, transcript correction and undo/redo. */
import { z } from 'zod';
import { Id, IdInput, patchOf } from '../../domain/common';
import { Position, Quote, QuoteCard, QuoteFilters } from '../../domain/quote';
import { STANCES } from '../../domain/synthesis';
import { Tag, TagFields, TAG_KINDS } from '../../domain/tag';
import { SPEAKER_ROLES } from '../../domain/transcript';
import { method } from '../method';

const Intensity = z.number().int().min(1, 'Intensity is 1 to 5.').max(5, 'Intensity is 1 to 5.').nullable();

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

const SelectedQuotes = z.array(Id).min(1, 'Select some quotes first.').max(10_000);
/** How many quotes the action changed (those already as asked are left alone). */
const BulkResult = z.object({ changed: z.number().int().nonnegative() });

export const codingMethods = {
  'tags.list': method(z.object({}), z.array(Tag), { writes: false }),
  'tags.create': method(TagFields, Tag, { writes: true }),
  'tags.update': method(z.object({ id: Id, patch: patchOf(TagFields) }), Tag, { writes: true }),
  'tags.move': method(
    z.object({ id: Id, parentId: Id.nullable(), position: z.number().int().nonnegative().optional() }),
    Tag,
    {
      writes: true,
    },
  ),
  'tags.merge': method(z.object({ sourceId: Id, targetId: Id }), Tag, { writes: true }),
  'tags.archive': method(z.object({ id: Id, archived: z.boolean() }), Tag, { writes: true }),
  'tags.pin': method(z.object({ id: Id, slot: z.number().int().min(1).max(9).nullable() }), Tag, { writes: true }),
  'tags.addDefaults': method(z.object({}), z.object({ created: z.number().int().nonnegative() }), { writes: true }),
  'tags.exportCsv': method(z.object({}), z.object({ csv: z.string() }), { writes: false }),
  'tags.importCsv': method(
    z.object({ csv: z.string().max(5 * 1024 * 1024) }),
    z.object({ created: z.number().int(), updated: z.number().int() }),
    { writes: true },
  ),

  'quotes.forInterview': method(z.object({ interviewId: Id }), z.array(Quote), { writes: false }),
  'quotes.get': method(IdInput, Quote, { writes: false }),
  'quotes.list': method(QuoteFilters, z.object({ total: z.number().int().nullable(), items: z.array(QuoteCard) }), {
    writes: false,
  }),
  'quotes.create': method(
    z.object({ interviewId: Id, start: Position, end: Position, tagIds: z.array(Id).max(50).default([]) }),
    Quote,
    { writes: true },
  ),
  'quotes.resize': method(z.object({ id: Id, start: Position, end: Position }), Quote, { writes: true }),
  'quotes.update': method(
    z.object({
      id: Id,
      patch: z.object({ starred: z.boolean().optional(), comment: z.string().max(5000).optional() }),
    }),
    Quote,
    { writes: true },
  ),
  'quotes.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
  'codings.apply': method(
    z.object({
      quoteId: Id,
      tagId: Id,
      intensity: Intensity.default(null),
      stance: z.enum(STANCES).default('supports'),
    }),
    Quote,
    { writes: true },
  ),
  /** Marks a coding as supporting its tag or contradicting it (the participant says the opposite). */
  'codings.setStance': method(z.object({ quoteId: Id, tagId: Id, stance: z.enum(STANCES) }), Quote, { writes: true }),
  /** Attributes a quote from notes to one of the interview's participants (null: nobody, not evidence). */
  'quotes.attribute': method(z.object({ id: Id, participantId: Id.nullable() }), Quote, { writes: true }),
  'codings.remove': method(z.object({ quoteId: Id, tagId: Id }), Quote, { writes: true }),
  /** A selection from the quote library, each action one transaction and one undoable step. */
  'codings.bulkApply': method(
    z.object({ quoteIds: SelectedQuotes, tagId: Id, stance: z.enum(STANCES).default('supports') }),
    BulkResult,
    { writes: true },
  ),
  'codings.bulkRemove': method(z.object({ quoteIds: SelectedQuotes, tagId: Id }), BulkResult, { writes: true }),
  'quotes.bulkStar': method(z.object({ quoteIds: SelectedQuotes, starred: z.boolean() }), BulkResult, {
    writes: true,
  }),
  'codings.applyNewTag': method(
    z.object({
      quoteId: Id,
      name: z.string().trim().min(1, 'Type a name for the new tag.').max(200),
      kind: z.enum(TAG_KINDS).default('theme'),
      parentId: Id.nullable().default(null),
    }),
    Quote,
    { writes: true },
  ),
  /**
   * Says who a transcript speaker is. Only a speaker mapped to a participant counts as evidence; an
   * interviewer or "other" never does; a participant speaker not (yet) mapped to anyone does not either.
   */
  'transcripts.mapSpeaker': method(
    z.object({
      speakerId: Id,
      role: z.enum(SPEAKER_ROLES),
      participantId: Id.nullable().default(null),
      /** Add a participant named after the speaker and map to them, in one undoable step. */
      createParticipant: z.boolean().default(false),
    }),
    z.object({ interviewId: Id, participantId: Id.nullable() }),
    { writes: true },
  ),
  'transcripts.editTurn': method(
    z.object({ segmentId: Id, text: z.string().max(100_000).optional(), speakerId: Id.nullable().optional() }),
    z.object({ reanchored: z.number().int(), flagged: z.number().int(), interviewId: Id }),
    { writes: true },
  ),

  'history.state': method(z.object({}), HistoryState, { writes: false }),
  'history.undo': method(z.object({}), HistoryState.extend({ undone: z.string() }), { writes: true }),
  'history.redo': method(z.object({}), HistoryState.extend({ redone: z.string() }), { writes: true }),
} as const;
