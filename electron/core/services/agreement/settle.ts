/**
 * Settling one disagreement (issue 18, item 3): the kept coders' codings of a tag on a turn become
 * every counting coder's, and codings nobody kept go — through the coding use cases' own steps
 * (apply a tag, remove it, delete a quote left with nothing) inside one `undoable()`, so one Undo takes
 * the whole settlement back.
 */
import type { SettleInput } from '../../../../shared/domain/agreementReport';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { citationIdsOfQuote, codingIdsOfQuote, getQuote } from '../../repos/quotes';
import { tagBasics } from '../../repos/tags';
import { turnWithInterview } from '../../repos/transcripts';
import { deleteQuoteIn, insertQuote } from '../coding/quotes';
import { loadAgreementData, type Piece } from './compute';

/** A quote's anchors as one key: two codings on identical spans are the same coding for agreement. */
const anchorKey = (p: Piece) =>
  `${p.coding.startTurnId}:${p.coding.startOffset}:${p.coding.endTurnId}:${p.coding.endOffset}`;

export function settleDisagreement(ctx: ProjectContext, input: SettleInput): { added: number; removed: number } {
  const turn = turnWithInterview(ctx.db, input.turnId);
  if (!turn) throw new AppError('NOT_FOUND', 'That turn no longer exists.');
  const tag = tagBasics(ctx.db, input.tagId);
  if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
  if (input.keep.some((id) => !input.coderIds.includes(id)))
    throw new AppError('VALIDATION', 'Keep the coding of one of the coders compared.');

  const data = loadAgreementData(ctx.db, input.coderIds, [turn.interview_id], 'char');
  const index = data.turns.findIndex((t) => t.id === input.turnId);
  const counting = input.coderIds.filter((_, i) => data.present[index]![i]);
  if (input.keep.some((id) => !counting.includes(id)))
    throw new AppError(
      'VALIDATION',
      'That coder has not coded this interview, so there is no coding of theirs to keep.',
    );
  const pieces = data.pieces.filter((p) => p.turn === index && p.coding.tagId === input.tagId);
  const kept = new Map<string, Piece>();
  for (const p of pieces) if (input.keep.includes(p.coding.coderId)) kept.set(anchorKey(p), p);

  let added = 0;
  let removed = 0;
  const touchedQuotes = new Set<number>();
  undoable(
    ctx,
    {
      label: `Settle "${tag.name}"`,
      action: 'settle',
      entity: 'coding',
      entityId: input.turnId,
      kinds: ['coding', 'quote'],
    },
    (c) => {
      for (const coderId of counting) {
        const own = pieces.filter((p) => p.coding.coderId === coderId);
        const ownKeys = new Set(own.map(anchorKey));
        for (const p of own) {
          if (kept.has(anchorKey(p))) continue;
          c.delete('codings', p.coding.codingId);
          removed++;
          touchedQuotes.add(p.coding.quoteId);
          // A quote the coder drew only for this tag goes with it; one that is cited or tagged otherwise stays.
          if (
            codingIdsOfQuote(ctx.db, p.coding.quoteId).length === 0 &&
            citationIdsOfQuote(ctx.db, p.coding.quoteId).length === 0
          )
            deleteQuoteIn(ctx, c, p.coding.quoteId);
        }
        for (const [key, p] of kept) {
          if (ownKeys.has(key)) continue;
          const source = getQuote(ctx.db, p.coding.quoteId);
          if (!source) continue;
          const quoteId = insertQuote(
            ctx,
            c,
            [input.tagId],
            {
              interview_id: source.interviewId,
              source: 'transcript',
              start_segment_id: p.coding.startTurnId,
              start_offset: p.coding.startOffset,
              end_segment_id: p.coding.endTurnId,
              end_offset: p.coding.endOffset,
            },
            { exact: source.exactText, prefix: source.prefix, suffix: source.suffix },
            coderId,
          );
          touchedQuotes.add(quoteId);
          added++;
        }
      }
    },
  );
  ctx.emit('entities.changed', { kind: 'quote', ids: [...touchedQuotes] });
  ctx.emit('entities.changed', { kind: 'coding', ids: [...touchedQuotes] });
  return { added, removed };
}
