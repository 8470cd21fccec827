/** Every handler, joined; the type makes a missing or extra method a compile error. */
import type { Handlers } from '../types';
import { backupHandlers } from './backups';
import { codingHandlers } from './coding';
import { crmHandlers } from './crm';
import { exportHandlers } from './exports';
import { guideHandlers } from './guides';
import { icpHandlers } from './icp';
import { importHandlers } from './imports';
import { interviewHandlers } from './interviews';
import { jobHandlers } from './jobs';
import { peopleHandlers } from './people';
import { projectHandlers } from './projects';
import { refiHandlers } from './refi';
import { searchHandlers } from './search';
import { planHandlers } from './plans';
import { segmentHandlers } from './segments';
import { synthesisHandlers } from './synthesis';

export const handlers: Handlers = {
  ...projectHandlers,
  ...peopleHandlers,
  ...interviewHandlers,
  ...importHandlers,
  ...codingHandlers,
  ...searchHandlers,
  ...guideHandlers,
  ...synthesisHandlers,
  ...segmentHandlers,
  ...planHandlers,
  ...icpHandlers,
  ...exportHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...refiHandlers,
  ...crmHandlers,
};
