/** segments.*. */
import type { segmentMethods } from '../../../../shared/ipc/contract/segments';
import { compareSegments } from '../../services/segmentCompare';
import { applyRule, assignParticipants, previewRule, unassignParticipants } from '../../services/segmentMembership';
import { createSegment, deleteSegment, listSegments, updateSegment } from '../../services/segments';
import type { HandlersOf } from '../types';

export const segmentHandlers: HandlersOf<typeof segmentMethods> = {
  'segments.list': (_i, env) => listSegments(env.project()),
  'segments.create': (i, env) => createSegment(env.project(), i),
  'segments.update': (i, env) => updateSegment(env.project(), i.id, i.patch),
  'segments.delete': (i, env) => deleteSegment(env.project(), i.id),
  'segments.preview': (i, env) => previewRule(env.project(), i.rule, i.segmentId),
  'segments.applyRule': (i, env) => applyRule(env.project(), i.id, i.removeNonMatching),
  'segments.assign': (i, env) => assignParticipants(env.project(), i.id, i.participantIds),
  'segments.unassign': (i, env) => unassignParticipants(env.project(), i.id, i.participantIds),
  'segments.compare': (i, env) => compareSegments(env.project(), i.segmentIds, i.limit, i.kinds),
};
