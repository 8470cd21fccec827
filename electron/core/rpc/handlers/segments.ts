/** segments.*. */
import type { segmentMethods } from '../../../../shared/ipc/contract/segments';
import { createSegment, deleteSegment, listSegments, updateSegment } from '../../services/segments';
import type { HandlersOf } from '../types';

export const segmentHandlers: HandlersOf<typeof segmentMethods> = {
  'segments.list': (_i, env) => listSegments(env.project()),
  'segments.create': (i, env) => createSegment(env.project(), i),
  'segments.update': (i, env) => updateSegment(env.project(), i.id, i.patch),
  'segments.delete': (i, env) => deleteSegment(env.project(), i.id),
};
