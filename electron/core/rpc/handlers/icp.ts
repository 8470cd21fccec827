/** icp.*. */
import type { icpMethods } from '../../../../shared/ipc/contract/icp';
import * as matrix from '../../services/icp/matrix';
import * as personas from '../../services/icp/personas';
import { icpProfile } from '../../services/icp/profile';
import * as scores from '../../services/icp/scores';
import * as statements from '../../services/icp/statements';
import type { HandlersOf } from '../types';

export const icpHandlers: HandlersOf<typeof icpMethods> = {
  'icp.profile': (_i, env) => icpProfile(env.project()),
  'icp.matrix': (_i, env) => matrix.scoredMatrix(env.project()),
  'icp.criteria.create': (i, env) => matrix.createCriterion(env.project(), i),
  'icp.criteria.update': (i, env) => matrix.updateCriterion(env.project(), i.id, i.patch),
  'icp.criteria.delete': (i, env) => matrix.deleteCriterion(env.project(), i.id),
  'icp.criteria.setWeights': (i, env) => matrix.setWeights(env.project(), i.weights),
  'icp.score': (i, env) => scores.setScore(env.project(), i.companyId, i.criterionId, i.score, i.note),
  'icp.scores.get': (i, env) => scores.scoreDetail(env.project(), i.companyId, i.criterionId),
  'icp.scores.cite': (i, env) => scores.citeScore(env.project(), i.companyId, i.criterionId, i.quoteId, i.polarity),
  'icp.scores.uncite': (i, env) => scores.unciteScore(env.project(), i.companyId, i.criterionId, i.quoteId),
  'icp.statements.list': (_i, env) => statements.listStatements(env.project()),
  'icp.statements.add': (i, env) => statements.addStatement(env.project(), i),
  'icp.statements.update': (i, env) => statements.updateStatement(env.project(), i.id, i),
  'icp.statements.delete': (i, env) => statements.deleteStatement(env.project(), i.id),
  'icp.statements.cite': (i, env) => statements.citeStatement(env.project(), i.statementId, i.quoteId, i.polarity),
  'icp.statements.uncite': (i, env) => statements.unciteStatement(env.project(), i.statementId, i.quoteId),
  'icp.personas.list': (_i, env) => personas.listIcpPersonas(env.project()),
  'icp.personas.link': (i, env) => personas.linkIcpPersona(env.project(), i.personaId),
  'icp.personas.unlink': (i, env) => personas.unlinkIcpPersona(env.project(), i.personaId),
  'icp.disqualify': (i, env) => {
    statements.setDisqualified(env.project(), i.companyId, i.statementId, i.on);
    return { ok: true as const };
  },
};
