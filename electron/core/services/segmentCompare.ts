/**
 * Segments side by side. Each segment's evidence is the synthesis roll-up filtered to that segment,
 * so the evidence rules are the roll-up's own (participant speech only, never the interviewer;
 * declined or withdrawn consent left out). Because a participant is in at most one segment, "everyone
 * else" is the whole study's roll-up minus the segment's.
 */
import type { ComparedTag, SegmentComparison } from '../../../shared/domain/segmentCompare';
import { isDistinctive } from '../../../shared/domain/segmentCompare';
import { EvidenceFilters, type TagRollup } from '../../../shared/domain/synthesis';
import type { TagKind } from '../../../shared/domain/tag';
import type { ProjectContext } from '../context';
import { rollup } from './synthesis/rollup';
import { mustGetSegment } from './segments';

export function compareSegments(
  ctx: ProjectContext,
  segmentIds: number[],
  limit: number,
  kinds: TagKind[],
): SegmentComparison {
  const ids = [...new Set(segmentIds)];
  const segments = ids.map((id) => mustGetSegment(ctx, id));
  const everyone = rollup(ctx.db, EvidenceFilters.parse({}));
  const overall = new Map(everyone.tags.map((t) => [t.tagId, t]));
  const wanted = (t: TagRollup) => t.participants > 0 && (kinds.length === 0 || kinds.includes(t.kind));

  return {
    participantsInScope: everyone.participantsInScope,
    segments: segments.map((s) => {
      const mine = rollup(ctx.db, EvidenceFilters.parse({ segmentIds: [s.id] }));
      const inScope = mine.participantsInScope;
      const elsewhere = everyone.participantsInScope - inScope;
      const compared = mine.tags.filter(wanted).map((t): ComparedTag => {
        const share = inScope ? t.participants / inScope : 0;
        const others = (overall.get(t.tagId)?.participants ?? t.participants) - t.participants;
        const elsewhereShare = elsewhere > 0 ? others / elsewhere : 0;
        const difference = share - elsewhereShare;
        return {
          tagId: t.tagId,
          name: t.name,
          path: t.path,
          kind: t.kind,
          colour: t.colour,
          participants: t.participants,
          quotes: t.quotes,
          contradictingParticipants: t.contradictingParticipants,
          share,
          elsewhereShare,
          difference,
          distinctive: isDistinctive({ participants: t.participants, difference }),
        };
      });
      return {
        segmentId: s.id,
        name: s.name,
        members: s.participantCount,
        interviews: s.interviewCount,
        companies: s.companyCount,
        participantsInScope: inScope,
        // The roll-up is already ranked by reach, then intensity, then quotes.
        top: compared.slice(0, limit),
        distinctive: compared
          .filter((t) => t.distinctive)
          .sort(
            (a, b) => b.difference - a.difference || b.participants - a.participants || a.path.localeCompare(b.path),
          )
          .slice(0, limit),
      };
    }),
  };
}
