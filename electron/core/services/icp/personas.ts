/**
 * The personas the ideal customer profile contains: linking and unlinking, each one undoable step.
 * A persona's deletion takes its link with it (the schema's cascade; deleting a persona is not an
 * undoable step, so there is nothing to put back).
 */
import type { IcpPersona } from '../../../../shared/domain/icpProfile';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { icpPersonas } from '../../repos/icpPersonas';
import { personaRow } from '../../repos/personas';

/**
 * The ICP screen reads 'persona' and the persona page reads it too, so one kind refreshes both
 * (`undoable` itself says `history` when it records the step).
 */
function changed(ctx: ProjectContext, personaId: number): void {
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
}

export function listIcpPersonas(ctx: ProjectContext): IcpPersona[] {
  return icpPersonas(ctx.db);
}

/** Adds the persona to the ICP (`linked`) or takes it out, as one undoable step. */
function setLinked(ctx: ProjectContext, personaId: number, linked: boolean): IcpPersona[] {
  const persona = personaRow(ctx.db, personaId);
  if (!persona) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  undoable(
    ctx,
    {
      label: linked ? `Add ${persona.name} to the ICP` : `Remove ${persona.name} from the ICP`,
      action: linked ? 'link' : 'unlink',
      entity: 'icp_persona',
      entityId: personaId,
      kinds: ['persona'],
    },
    (c) =>
      linked ? c.link('icp_personas', { persona_id: personaId }) : c.unlink('icp_personas', { persona_id: personaId }),
  );
  changed(ctx, personaId);
  return icpPersonas(ctx.db);
}

export const linkIcpPersona = (ctx: ProjectContext, personaId: number) => setLinked(ctx, personaId, true);
export const unlinkIcpPersona = (ctx: ProjectContext, personaId: number) => setLinked(ctx, personaId, false);
