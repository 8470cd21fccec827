/**
 * Drafting a persona from evidence: for its members, each template section is proposed from the
 * most-reached tags of the matching kinds, citing each reached member's best quote and each
 * contradicting member's best counter-quote. Proposals are attributes with
 * status 'proposed' for the researcher to accept, edit or reject. One undoable step.
 */
import { DRAFT_SOURCES } from '../../../../shared/domain/persona';
import { EvidenceFilters } from '../../../../shared/domain/synthesis';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { bestQuotePerParticipant } from '../../repos/evidence';
import * as repo from '../../repos/personas';
import { insertCitation } from './attributes';
import { rollup } from './rollup';

export function draftPersona(ctx: ProjectContext, personaId: number): { proposed: number } {
  const row = repo.personaRow(ctx.db, personaId);
  if (!row) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  const members = repo.memberRows(ctx.db, repo.parseMembership(row.membership));
  if (members.length === 0) {
    throw new AppError(
      'VALIDATION',
      'Choose who this persona represents (a segment or participants) before drafting it.',
    );
  }
  const filters = EvidenceFilters.parse({ participantIds: members.map((m) => m.id) });
  const ranked = rollup(ctx.db, filters).tags;
  const already = new Set(repo.draftedTagIds(ctx.db, personaId));
  let proposed = 0;
  undoable(
    ctx,
    {
      label: 'Draft persona from evidence',
      action: 'draft',
      entity: 'persona',
      entityId: personaId,
      kinds: ['persona'],
    },
    (c) => {
      let position = repo.nextAttributePosition(ctx.db, personaId);
      for (const source of DRAFT_SOURCES) {
        if (row.kind === 'buyer' && source.section === 'jobs') continue;
        if (row.kind === 'user' && (source.section === 'buying_behavior' || source.section === 'objections')) continue;
        const picks = ranked
          .filter((t) => source.kinds.includes(t.kind) && t.participants > 0 && !already.has(t.tagId))
          .slice(0, source.max);
        for (const t of picks) {
          const at = ctx.clock.now();
          const attributeId = c.insert('attributes', {
            guid: ctx.newGuid(),
            persona_id: personaId,
            section: source.section,
            field: source.field,
            statement: t.name,
            detail: JSON.stringify({
              reach: `${t.participants} of ${members.length} members`,
              ...(t.contradictingParticipants
                ? { contradicted: `${t.contradictingParticipants} of ${members.length} members` }
                : {}),
            }),
            position: position++,
            status: 'proposed',
            origin: 'draft',
            source_tag_id: t.tagId,
            created_at: at,
            updated_at: at,
          });
          // One quote per member reached, so the participants cited are exactly the reach (and the
          // confidence computed from the citations agrees with it); counter-evidence comes in too.
          for (const quoteId of bestQuotePerParticipant(ctx.db, filters, { tagId: t.tagId, stance: 'supports' })) {
            insertCitation(ctx, c, attributeId, quoteId, 'supports');
          }
          for (const quoteId of bestQuotePerParticipant(ctx.db, filters, { tagId: t.tagId, stance: 'contradicts' })) {
            insertCitation(ctx, c, attributeId, quoteId, 'contradicts');
          }
          already.add(t.tagId);
          proposed++;
        }
      }
    },
  );
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
  return { proposed };
}
