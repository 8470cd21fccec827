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

/** The ICP screen reads 'persona' and the persona page reads it too, so one kind refreshes both. */
function changed(ctx: ProjectContext, personaId: number): void {
  ctx.emit('entities.changed', { kind: 'persona', ids: [personaId] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

export function listIcpPersonas(ctx: ProjectContext): IcpPersona[] {
  return icpPersonas(ctx.db);
}

export function linkIcpPersona(ctx: ProjectContext, personaId: number): IcpPersona[] {
  const persona = personaRow(ctx.db, personaId);
  if (!persona) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  undoable(
    ctx,
    {
      label: `Add ${persona.name} to the ICP`,
      action: 'link',
      entity: 'icp_persona',
      entityId: personaId,
      kinds: ['persona'],
    },
    (c) => c.link('icp_personas', { persona_id: personaId }),
  );
  changed(ctx, personaId);
  return icpPersonas(ctx.db);
}

export function unlinkIcpPersona(ctx: ProjectContext, personaId: number): IcpPersona[] {
  const persona = personaRow(ctx.db, personaId);
  if (!persona) throw new AppError('NOT_FOUND', 'That persona no longer exists.');
  undoable(
    ctx,
    {
      label: `Remove ${persona.name} from the ICP`,
      action: 'unlink',
      entity: 'icp_persona',
      entityId: personaId,
      kinds: ['persona'],
    },
    (c) => c.unlink('icp_personas', { persona_id: personaId }),
  );
  changed(ctx, personaId);
  return icpPersonas(ctx.db);
}
