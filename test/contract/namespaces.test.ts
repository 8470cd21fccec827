/**
 * One contract file and one handler file per method namespace: `tags.*` lives in
 * shared/ipc/contract/tags.ts and electron/core/rpc/handlers/tags.ts, nested names (`icp.statements.*`)
 * with their first part. Fails when a method is declared or handled in a file named otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/ipc/contract';
import { hostMethods } from '../../shared/ipc/hostContract';

const CONTRACT_DIR = 'shared/ipc/contract';
const HANDLER_DIR = 'electron/core/rpc/handlers';
/** index.ts joins the handlers; host.ts holds host.* (shared/ipc/hostContract.ts), which is not in the contract. */
const NOT_A_NAMESPACE = new Set(['index.ts', 'host.ts']);

const namespaceOf = (method: string) => method.split('.')[0]!;

/** The methods of `keys` that do not belong in a file named `file`. */
function misplaced(file: string, keys: string[]): string[] {
  const ns = path.basename(file, '.ts');
  return keys.filter((k) => namespaceOf(k) !== ns).map((k) => `${k} is in ${file}, not in ${namespaceOf(k)}.ts`);
}

/** Every exported object of a module whose keys are method names (contains a dot), with its keys. */
async function methodGroups(file: string): Promise<string[][]> {
  const mod = (await import(path.resolve(file))) as Record<string, unknown>;
  return Object.values(mod)
    .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v))
    .map((v) => Object.keys(v))
    .filter((keys) => keys.length > 0 && keys.every((k) => /^[a-z]+(\.[A-Za-z]+)+$/.test(k)));
}

const filesIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !NOT_A_NAMESPACE.has(f))
    .sort()
    .map((f) => path.posix.join(dir, f));

describe('one contract and handler file per method namespace', () => {
  const namespaces = [...new Set(METHODS.map(namespaceOf))].sort();

  it('each namespace has shared/ipc/contract/<namespace>.ts and rpc/handlers/<namespace>.ts, and no other file is there', () => {
    expect(filesIn(CONTRACT_DIR).map((f) => path.basename(f, '.ts'))).toEqual(namespaces);
    expect(filesIn(HANDLER_DIR).map((f) => path.basename(f, '.ts'))).toEqual(namespaces);
  });

  it('every contract method is declared in the file of its namespace', async () => {
    const problems: string[] = [];
    const declared: string[] = [];
    for (const file of filesIn(CONTRACT_DIR)) {
      const groups = await methodGroups(file);
      expect(groups.length, `${file} exports one group of methods`).toBe(1);
      for (const keys of groups) {
        problems.push(...misplaced(file, keys));
        declared.push(...keys);
      }
    }
    expect(problems).toEqual([]);
    expect(declared.sort()).toEqual([...METHODS].sort());
  });

  it('every method is handled in the file of its namespace', async () => {
    const problems: string[] = [];
    const handled: string[] = [];
    for (const file of filesIn(HANDLER_DIR)) {
      const groups = await methodGroups(file);
      expect(groups.length, `${file} exports one group of handlers`).toBe(1);
      for (const keys of groups) {
        problems.push(...misplaced(file, keys));
        handled.push(...keys);
      }
    }
    expect(problems).toEqual([]);
    expect(handled.sort()).toEqual([...METHODS].sort());
    const host = await methodGroups(path.posix.join(HANDLER_DIR, 'host.ts'));
    expect(host.flat().sort()).toEqual(Object.keys(hostMethods).sort());
  });

  it('the checker catches a method in the wrong file (planted)', () => {
    expect(misplaced('shared/ipc/contract/guides.ts', ['guides.list', 'interviews.setGuide'])).toEqual([
      'interviews.setGuide is in shared/ipc/contract/guides.ts, not in interviews.ts',
    ]);
    expect(misplaced('electron/core/rpc/handlers/icp.ts', ['icp.statements.cite', 'icp.score'])).toEqual([]);
    expect(misplaced('electron/core/rpc/handlers/coding.ts', ['codings.apply', 'tags.list'])).toHaveLength(2);
  });
});
