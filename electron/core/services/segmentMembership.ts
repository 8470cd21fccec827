/**
 * Who is in a segment: preview a rule (who matches, who would move from another segment), apply it,
 * or assign and unassign by hand. Membership changes are undoable steps like coding actions.
 * A participant is in at most one segment (participants.segment_id), so segments partition the study.
 */
import type { RulePreview, Segment } from '../../../shared/ipc/contract/segments';
import { describeCondition, ruleMatches, type SegmentRule } from '../../../shared/domain/segmentRule';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import type { ChangeSet } from '../history/changeSet';
import { undoable } from '../history/undo';
import { participantFacts, segmentNames, type ParticipantFacts } from '../repos/segments';
import { mustGetSegment } from './segments';

export function previewRule(ctx: ProjectContext, rule: SegmentRule, segmentId: number | null): RulePreview {
  if (segmentId !== null) mustGetSegment(ctx, segmentId);
  const names = segmentNames(ctx.db);
  const everyone = participantFacts(ctx.db);
  const matching = everyone.filter((p) => ruleMatches(rule, p));
  const moves = new Map<number, number>();
  for (const p of matching) {
    if (p.segmentId !== null && p.segmentId !== segmentId) moves.set(p.segmentId, (moves.get(p.segmentId) ?? 0) + 1);
  }
  const matched = new Set(matching.map((p) => p.id));
  return {
    matches: matching.map((p) => ({
      participantId: p.id,
      pseudonym: p.pseudonym,
      role: p.role,
      companyName: p.companyName,
      behavior: p.behavior,
      currentSegmentId: p.segmentId,
      currentSegmentName: p.segmentId === null ? null : (names.get(p.segmentId) ?? null),
    })),
    movesFrom: [...moves.entries()]
      .map(([id, count]) => ({ segmentId: id, name: names.get(id) ?? '?', count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    alreadyIn: segmentId === null ? 0 : matching.filter((p) => p.segmentId === segmentId).length,
    nonMatching:
      segmentId === null
        ? []
        : everyone
            .filter((p) => p.segmentId === segmentId && !matched.has(p.id))
            .map((p) => ({ participantId: p.id, pseudonym: p.pseudonym })),
    conditions: rule.all.map(describeCondition),
  };
}

function setSegment(
  ctx: ProjectContext,
  c: ChangeSet,
  p: Pick<ParticipantFacts, 'id'>,
  segmentId: number | null,
): void {
  c.update('participants', p.id, { segment_id: segmentId, updated_at: ctx.clock.now() });
}

function changed(ctx: ProjectContext): void {
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

/** Assigns everyone the segment's rule matches (moving them from other segments); optionally removes members it does not match. */
export function applyRule(
  ctx: ProjectContext,
  id: number,
  removeNonMatching: boolean,
): { segment: Segment; added: number; moved: number; removed: number } {
  const segment = mustGetSegment(ctx, id);
  if (segment.rule.all.length === 0) {
    throw new AppError(
      'VALIDATION',
      `"${segment.name}" has no rule yet: add at least one condition, or assign participants by hand.`,
      { rule: 'Add a condition.' },
    );
  }
  const counts = undoable(
    ctx,
    {
      label: `Apply the rule of ${segment.name}`,
      action: 'apply_rule',
      entity: 'segment',
      entityId: id,
      kinds: ['participant'],
    },
    (c) => {
      let added = 0;
      let moved = 0;
      let removed = 0;
      for (const p of participantFacts(ctx.db)) {
        const matches = ruleMatches(segment.rule, p);
        if (matches && p.segmentId !== id) {
          if (p.segmentId === null) added++;
          else moved++;
          setSegment(ctx, c, p, id);
        } else if (!matches && p.segmentId === id && removeNonMatching) {
          removed++;
          setSegment(ctx, c, p, null);
        }
      }
      return { added, moved, removed };
    },
  );
  changed(ctx);
  return { segment: mustGetSegment(ctx, id), ...counts };
}

function mustParticipants(ctx: ProjectContext, ids: number[]): ParticipantFacts[] {
  const byId = new Map(participantFacts(ctx.db).map((p) => [p.id, p]));
  return [...new Set(ids)].map((pid) => {
    const p = byId.get(pid);
    if (!p) throw new AppError('NOT_FOUND', 'One of those participants no longer exists.');
    return p;
  });
}

export function assignParticipants(ctx: ProjectContext, id: number, participantIds: number[]): Segment {
  const segment = mustGetSegment(ctx, id);
  const people = mustParticipants(ctx, participantIds);
  const label =
    people.length === 1
      ? `Add ${people[0]!.pseudonym} to ${segment.name}`
      : `Add ${people.length} participants to ${segment.name}`;
  undoable(ctx, { label, action: 'assign', entity: 'segment', entityId: id, kinds: ['participant'] }, (c) => {
    for (const p of people) if (p.segmentId !== id) setSegment(ctx, c, p, id);
  });
  changed(ctx);
  return mustGetSegment(ctx, id);
}

export function unassignParticipants(ctx: ProjectContext, id: number, participantIds: number[]): Segment {
  const segment = mustGetSegment(ctx, id);
  const people = mustParticipants(ctx, participantIds);
  const outsiders = people.filter((p) => p.segmentId !== id);
  if (outsiders.length) throw new AppError('VALIDATION', `${outsiders[0]!.pseudonym} is not in ${segment.name}.`);
  const label =
    people.length === 1
      ? `Remove ${people[0]!.pseudonym} from ${segment.name}`
      : `Remove ${people.length} participants from ${segment.name}`;
  undoable(ctx, { label, action: 'unassign', entity: 'segment', entityId: id, kinds: ['participant'] }, (c) => {
    for (const p of people) setSegment(ctx, c, p, null);
  });
  changed(ctx);
  return mustGetSegment(ctx, id);
}
