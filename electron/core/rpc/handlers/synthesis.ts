/** synthesis.*: roll-up, evidence page, matrix, co-occurrence and saturation. */
import type { synthesisMethods } from '../../../../shared/ipc/contract/synthesis';
import { quoteCardsByIds } from '../../repos/quoteLibrary';
import { evidenceCount, rankedQuoteIds } from '../../repos/evidence';
import { evidenceMatrix } from '../../services/synthesis/matrix';
import { plannedMinimumsMissed } from '../../services/plans';
import { coOccurrence, saturation } from '../../services/synthesis/patterns';
import { rollup } from '../../services/synthesis/rollup';
import type { HandlersOf } from '../types';

export const synthesisHandlers: HandlersOf<typeof synthesisMethods> = {
  'synthesis.rollup': (i, env) => rollup(env.project().db, i.filters),
  'synthesis.evidence': (i, env) => {
    const db = env.project().db;
    const focus = { tagId: i.tagId, participantId: i.participantId, segmentId: i.segmentId, stance: i.stance };
    return {
      total: evidenceCount(db, i.filters, focus),
      items: quoteCardsByIds(db, rankedQuoteIds(db, i.filters, focus, i.limit, i.offset)),
    };
  },
  'synthesis.matrix': (i, env) => evidenceMatrix(env.project().db, i.filters, i.axis, i.kinds, i.window),
  'synthesis.cooccurrence': (i, env) => coOccurrence(env.project().db, i.filters, i.scope, i.limit),
  'synthesis.saturation': (i, env) => {
    const ctx = env.project();
    const result = saturation(ctx.db, i.filters, i.kind, i.window);
    return { ...result, belowPlan: plannedMinimumsMissed(ctx, i.filters) };
  },
};
