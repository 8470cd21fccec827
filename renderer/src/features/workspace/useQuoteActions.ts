/** Every coding action the workspace offers, each one undoable through the core's operation log. */
import { useMemo } from 'react';
import type { Position, Quote } from '../../../../shared/domain/quote';
import type { Stance } from '../../../../shared/domain/synthesis';
import type { Tag, TagKind } from '../../../../shared/domain/tag';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';

export interface Span {
  start: Position;
  end: Position;
}

/** A tag applied, removed or turned: lists that do not show tags (the interviews list) stay as they are. */
export function useQuoteActions(interviewId: number) {
  const call = useCall();
  const history = useHistory();
  return useMemo(
    () => ({
      create: (span: Span, tagIds: number[]) => call('quotes.create', { interviewId, ...span, tagIds }),
      resize: (quoteId: number, span: Span) => call('quotes.resize', { id: quoteId, ...span }),
      apply: (quoteId: number, tagId: number, intensity: number | null = null) =>
        call('codings.apply', { quoteId, tagId, intensity }),
      remove: (quoteId: number, tagId: number) => call('codings.remove', { quoteId, tagId }),
      /** Supports the tag, or says the opposite (counter-evidence): one undoable step. */
      setStance: (quoteId: number, tagId: number, stance: Stance) =>
        call('codings.setStance', { quoteId, tagId, stance }),
      /** A note quote's speaker: one of the interview's participants, or nobody (it then does not count). */
      attribute: (quoteId: number, participantId: number | null) =>
        call('quotes.attribute', { id: quoteId, participantId }),
      /** Applies the tag, or takes it off when the quote already has it (digit keys toggle). */
      toggle: (quote: Quote, tag: Tag) =>
        quote.codings.some((c) => c.tagId === tag.id)
          ? call('codings.remove', { quoteId: quote.id, tagId: tag.id })
          : call('codings.apply', { quoteId: quote.id, tagId: tag.id, intensity: null }),
      applyNew: (quoteId: number, name: string, kind: TagKind) =>
        call('codings.applyNewTag', { quoteId, name, kind, parentId: null }),
      star: (quote: Quote) => call('quotes.update', { id: quote.id, patch: { starred: !quote.starred } }),
      comment: (quoteId: number, comment: string) => call('quotes.update', { id: quoteId, patch: { comment } }),
      remove_: async (quoteId: number) => {
        const done = await call('quotes.delete', { id: quoteId });
        if (done) showToast({ message: 'Quote deleted.', action: { label: 'Undo', run: () => void history.undo() } });
        return done;
      },
      editTurn: async (turnId: number, patch: { text?: string; speakerId?: number | null }) => {
        const done = await call('transcripts.editTurn', { turnId, ...patch });
        if (done) {
          const parts = [];
          if (done.reanchored) parts.push(`${done.reanchored} quote${done.reanchored === 1 ? '' : 's'} re-anchored`);
          if (done.flagged) parts.push(`${done.flagged} flagged for review`);
          showToast({
            message: `Turn corrected.${parts.length ? ` ${parts.join(', ')}.` : ''}`,
            action: { label: 'Undo', run: () => void history.undo() },
          });
        }
        return done;
      },
    }),
    [call, history, interviewId],
  );
}

export type QuoteActions = ReturnType<typeof useQuoteActions>;
