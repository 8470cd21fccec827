/** Test helpers: a real core on a real SQLite file in a fresh temp folder, deterministic clock and ids. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/createCore';
import { inProcessTransport, type Transport } from '../../electron/core/transports/inProcess';
import type { Input, Method, Output } from '../../shared/ipc/contract';
import type { AnyInput, AnyMethod, AnyOutput } from '../../shared/ipc/hostContract';

/** The input argument: optional when every field of the method's input is optional. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every field optional" is exactly `{} extends I`
type InputArg<I> = {} extends I ? [input?: I] : [input: I];

/** Calls typed by the contract: the method name is one of its methods, input and output follow it. */
export interface Caller {
  call<M extends Method>(method: M, ...input: InputArg<Input<M>>): Promise<Output<M>>;
}

export function tempDir(prefix = 'gw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock that moves one second per reading, from a fixed start. */
export function steppingClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
  let t = start;
  return { now: () => (t += 1000) };
}

export function sequentialGuids(prefix = 'guid') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

export interface TestCore {
  core: Core;
  dir: string;
  projectPath: string;
  transport: Transport;
  /** Calls a method and returns its value, or throws with the wire error's code and message. */
  call<M extends Method>(method: M, ...input: InputArg<Input<M>>): Promise<Output<M>>;
  /** The same through the host's own dispatch (host.* methods with paths; never reachable from a transport). */
  host<M extends AnyMethod>(method: M, ...input: InputArg<AnyInput<M>>): Promise<AnyOutput<M>>;
  /**
   * Sends what the contract's types refuse (unknown methods, wrong shapes), to test that the
   * dispatcher refuses it too; everything else goes through `call`.
   */
  untyped(method: string, input?: unknown): Promise<unknown>;
  close(): void;
}

/** `core` adds options of createCore (the import worker…) to the test defaults. */
export async function makeCore(
  opts: { projectName?: string; core?: Omit<CoreOptions, 'projectPath' | 'userDataDir'> } = {},
): Promise<TestCore> {
  const dir = tempDir();
  const projectPath = path.join(dir, `${opts.projectName ?? 'study'}.groundwork`);
  const core = await createCore({
    userDataDir: path.join(dir, 'user-data'),
    projectPath,
    clock: steppingClock(),
    newGuid: sequentialGuids(),
    checkOutputs: true,
    ...opts.core,
  });
  const transport = inProcessTransport(core);
  return {
    core,
    dir,
    projectPath,
    transport,
    call: (method, ...[input]) => unwrap(transport.call(method, input ?? {})),
    host: (method, ...[input]) => unwrap(core.host.dispatch(method, input ?? {})),
    untyped: (method, input) => unwrap(transport.call(method, input ?? {})),
    close: () => core.close(),
  };
}

export class WireFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(`${code}: ${message}`);
  }
}

/** A Caller over a core's dispatch (for e2e setup through the web host's core). */
export function callerFor(core: { dispatch(method: unknown, input: unknown): Promise<unknown> }): Caller {
  return {
    call: (method, ...[input]) =>
      unwrap(
        core.dispatch(method, input ?? {}) as Promise<{
          ok: boolean;
          value?: unknown;
          error?: { code: string; message: string };
        }>,
      ),
  };
}

export async function unwrap<T = never>(
  p: Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string; fields?: Record<string, string> };
  }>,
): Promise<T> {
  const env = await p;
  if (env.ok) return env.value as T;
  throw new WireFailure(env.error!.code, env.error!.message, env.error!.fields);
}
