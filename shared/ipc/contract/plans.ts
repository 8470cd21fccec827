/** Research plans: targets per method for the study, a persona or a segment, with their progress. */
import { z } from 'zod';
import { IdInput, Id } from '../../domain/common';
import { Plan, PlanScope, PlanTargetFields } from '../../domain/plan';
import { method } from '../method';

export const planMethods = {
  'plans.get': method(z.object({ scope: PlanScope }), Plan, { writes: false }),
  'plans.overview': method(z.object({}), z.array(Plan), { writes: false }),
  'plans.setTarget': method(z.object({ scope: PlanScope, target: PlanTargetFields }), Plan, { writes: true }),
  'plans.removeTarget': method(IdInput, z.object({ deleted: Id }), { writes: true }),
};
