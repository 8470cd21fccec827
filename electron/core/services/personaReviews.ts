/**
 * Quarterly review of a persona: the diff between the persona now and the snapshot its last review
 * kept, and "Mark reviewed", which records a new review (one undoable step) and stamps the persona.
 */
import type { Attribute, Citation } from '../../../shared/domain/persona';
import {
  EMPTY_SNAPSHOT,
  ReviewSnapshot,
  type AttributeChange,
  type ReviewDiff,
} from '../../../shared/domain/personaReview';
import type { ProjectContext } from '../context';
import { undoable } from '../history/undo';
import { heldInterviewsOf, pseudonymsOf, reviewRows } from '../repos/personaReviews';
import { getPersona } from './synthesis/personas';

const cited = (a: Attribute, polarity: Citation['polarity']) =>
  a.citations.filter((c) => c.polarity === polarity).map((c) => c.quoteId);

function snapshotOf(ctx: ProjectContext, personaId: number): ReviewSnapshot {
  const persona = getPersona(ctx, personaId);
  const members = persona.members.map((m) => m.id);
  return {
    members,
    interviews: heldInterviewsOf(ctx.db, members).map((i) => i.id),
    attributes: persona.attributes
      .filter((a) => a.status === 'accepted')
      .map((a) => ({
        id: a.id,
        level: a.confidence.level,
        supports: cited(a, 'supports'),
        contradicts: cited(a, 'contradicts'),
      })),
  };
}

function parseSnapshot(json: string): ReviewSnapshot {
  const parsed = ReviewSnapshot.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : EMPTY_SNAPSHOT;
}

export function reviewDiff(ctx: ProjectContext, personaId: number): ReviewDiff {
  const persona = getPersona(ctx, personaId);
  const rows = reviewRows(ctx.db, personaId);
  const before = rows[0] ? parseSnapshot(rows[0].snapshot) : EMPTY_SNAPSHOT;
  const members = persona.members.map((m) => m.id);
  const wasMember = new Set(before.members);
  const isMember = new Set(members);
  const seen = new Set(before.interviews);
  const then = new Map(before.attributes.map((a) => [a.id, a]));

  const attributes: AttributeChange[] = [];
  for (const a of persona.attributes.filter((x) => x.status === 'accepted')) {
    const old = then.get(a.id);
    const known = new Set([...(old?.supports ?? []), ...(old?.contradicts ?? [])]);
    const newSupporting = a.citations.filter((c) => c.polarity === 'supports' && !known.has(c.quoteId));
    const newContradicting = a.citations.filter((c) => c.polarity === 'contradicts' && !known.has(c.quoteId));
    const levelBefore = old?.level ?? null;
    if (levelBefore === a.confidence.level && newSupporting.length === 0 && newContradicting.length === 0) continue;
    attributes.push({
      attributeId: a.id,
      section: a.section,
      statement: a.statement,
      levelBefore,
      levelNow: a.confidence.level,
      newSupporting,
      newContradicting,
    });
  }
  const acceptedNow = new Set(persona.attributes.filter((a) => a.status === 'accepted').map((a) => a.id));
  return {
    personaId,
    last: rows[0] ? { id: rows[0].id, reviewedAt: rows[0].reviewedAt, note: rows[0].note } : null,
    history: rows.map((r) => ({ id: r.id, reviewedAt: r.reviewedAt, note: r.note })),
    newInterviews: heldInterviewsOf(ctx.db, members).filter((i) => !seen.has(i.id)),
    joined: persona.members.filter((m) => !wasMember.has(m.id)),
    left: pseudonymsOf(
      ctx.db,
      before.members.filter((id) => !isMember.has(id)),
    ),
    attributes,
    removedAttributes: before.attributes.filter((a) => !acceptedNow.has(a.id)).length,
  };
}

/** Records a review now, with what the persona looks like, and sets its "last reviewed" date. */
export function markReviewed(ctx: ProjectContext, personaId: number, note: string): ReviewDiff {
  const persona = getPersona(ctx, personaId);
  const snapshot = snapshotOf(ctx, personaId);
  const at = ctx.clock.now();
  undoable(
    ctx,
    {
      label: `Mark ${persona.name} reviewed`,
      action: 'review',
      entity: 'persona',
      entityId: personaId,
      kinds: ['persona'],
    },
    (c) => {
      c.insert('persona_reviews', { persona_id: personaId, reviewed_at: at, note, snapshot: JSON.stringify(snapshot) });
      c.update('personas', personaId, { last_reviewed_at: at, updated_at: at });
    },
  );
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
  return reviewDiff(ctx, personaId);
}
