/**
 * The one contract between the UI and the core: method name -> zod input/output.
 * Every transport and the dispatcher's allow-list derive from this object.
 */
import type { z } from 'zod';
import { agreementMethods } from './contract/agreement';
import { attributeMethods } from './contract/attributes';
import { backupMethods } from './contract/backups';
import { citationMethods } from './contract/citations';
import { coderMethods } from './contract/coders';
import { codingMethods } from './contract/codings';
import { companyMethods } from './contract/companies';
import { coverageMethods } from './contract/coverage';
import { crmMethods } from './contract/crm';
import { documentMethods } from './contract/documents';
import { exportMethods } from './contract/exports';
import { guideMethods } from './contract/guides';
import { historyMethods } from './contract/history';
import { icpMethods } from './contract/icp';
import { importMethods } from './contract/imports';
import { interviewMethods } from './contract/interviews';
import { jobMethods } from './contract/jobs';
import { noteMethods } from './contract/notes';
import { participantMethods } from './contract/participants';
import { personaMethods } from './contract/personas';
import { planMethods } from './contract/plans';
import { projectMethods } from './contract/project';
import { questionMethods } from './contract/questions';
import { quoteMethods } from './contract/quotes';
import { mergeMethods } from './contract/merge';
import { refiMethods } from './contract/refi';
import { searchMethods } from './contract/search';
import { segmentMethods } from './contract/segments';
import { synthesisMethods } from './contract/synthesis';
import { tagMethods } from './contract/tags';
import { transcriptMethods } from './contract/transcripts';
import type { MethodSpec } from './method';

// One group per method namespace, each in shared/ipc/contract/<namespace>.ts (test/contract/namespaces.test.ts).
const groups = [
  projectMethods,
  backupMethods,
  participantMethods,
  companyMethods,
  interviewMethods,
  importMethods,
  transcriptMethods,
  tagMethods,
  quoteMethods,
  codingMethods,
  coderMethods,
  historyMethods,
  searchMethods,
  questionMethods,
  guideMethods,
  noteMethods,
  coverageMethods,
  synthesisMethods,
  personaMethods,
  attributeMethods,
  citationMethods,
  segmentMethods,
  planMethods,
  icpMethods,
  exportMethods,
  jobMethods,
  mergeMethods,
  refiMethods,
  crmMethods,
  documentMethods,
  agreementMethods,
] as const;

function join<T extends readonly Record<string, MethodSpec>[]>(parts: T): UnionToIntersection<T[number]> {
  const all: Record<string, MethodSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in all) throw new Error(`Duplicate contract method: ${name}`);
      all[name] = spec;
    }
  }
  return all as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const contract = join(groups);
export type Contract = typeof contract;
export type Method = keyof Contract & string;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
