/** plans.*. */
import type { planMethods } from '../../../../shared/ipc/contract/plans';
import { getPlan, planOverview, removePlanTarget, setPlanTarget } from '../../services/plans';
import type { HandlersOf } from '../types';

export const planHandlers: HandlersOf<typeof planMethods> = {
  'plans.get': (i, env) => getPlan(env.project(), i.scope),
  'plans.overview': (_i, env) => planOverview(env.project()),
  'plans.setTarget': (i, env) => setPlanTarget(env.project(), i.scope, i.target),
  'plans.removeTarget': (i, env) => removePlanTarget(env.project(), i.id),
};
