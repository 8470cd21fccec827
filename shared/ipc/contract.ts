/**
 * The one contract between the UI and the core: method name -> zod input/output.
 * Every transport and the dispatcher's allow-list derive from this object.
 */
import type { z } from 'zod';
import { backupMethods } from './contract/backups';
import { codingMethods } from './contract/coding';
import { crmMethods } from './contract/crm';
import { exportMethods } from './contract/exports';
import { guideMethods } from './contract/guides';
import { icpMethods } from './contract/icp';
import { importMethods } from './contract/imports';
import { interviewMethods } from './contract/interviews';
import { jobMethods } from './contract/jobs';
import { peopleMethods } from './contract/people';
import { projectMethods } from './contract/projects';
import { refiMethods } from './contract/refi';
import { searchMethods } from './contract/search';
import { planMethods } from './contract/plans';
import { segmentMethods } from './contract/segments';
import { synthesisMethods } from './contract/synthesis';
import type { MethodSpec } from './method';

const groups = [projectMethods, peopleMethods, interviewMethods, importMethods, codingMethods, searchMethods, guideMethods, synthesisMethods, segmentMethods, icpMethods, exportMethods, jobMethods, backupMethods, refiMethods, planMethods, crmMethods] as const;

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
