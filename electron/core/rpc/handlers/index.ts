/**
 * Every handler, joined; the type makes a missing or extra method a compile error. One file per
 * method namespace, named after it (test/contract/namespaces.test.ts).
 */
import type { Handlers } from '../types';
import { agreementHandlers } from './agreement';
import { attributeHandlers } from './attributes';
import { backupHandlers } from './backups';
import { citationHandlers } from './citations';
import { coderHandlers } from './coders';
import { codingHandlers } from './codings';
import { companyHandlers } from './companies';
import { coverageHandlers } from './coverage';
import { crmHandlers } from './crm';
import { documentHandlers } from './documents';
import { exportHandlers } from './exports';
import { guideHandlers } from './guides';
import { historyHandlers } from './history';
import { icpHandlers } from './icp';
import { importHandlers } from './imports';
import { interviewHandlers } from './interviews';
import { jobHandlers } from './jobs';
import { noteHandlers } from './notes';
import { participantHandlers } from './participants';
import { personaHandlers } from './personas';
import { planHandlers } from './plans';
import { projectHandlers } from './project';
import { questionHandlers } from './questions';
import { quoteHandlers } from './quotes';
import { mergeHandlers } from './merge';
import { refiHandlers } from './refi';
import { searchHandlers } from './search';
import { segmentHandlers } from './segments';
import { synthesisHandlers } from './synthesis';
import { tagHandlers } from './tags';
import { transcriptHandlers } from './transcripts';

export const handlers: Handlers = {
  ...projectHandlers,
  ...backupHandlers,
  ...participantHandlers,
  ...companyHandlers,
  ...interviewHandlers,
  ...importHandlers,
  ...transcriptHandlers,
  ...tagHandlers,
  ...quoteHandlers,
  ...codingHandlers,
  ...coderHandlers,
  ...historyHandlers,
  ...searchHandlers,
  ...questionHandlers,
  ...guideHandlers,
  ...noteHandlers,
  ...coverageHandlers,
  ...synthesisHandlers,
  ...personaHandlers,
  ...attributeHandlers,
  ...citationHandlers,
  ...segmentHandlers,
  ...planHandlers,
  ...icpHandlers,
  ...exportHandlers,
  ...jobHandlers,
  ...mergeHandlers,
  ...refiHandlers,
  ...crmHandlers,
  ...documentHandlers,
  ...agreementHandlers,
};
