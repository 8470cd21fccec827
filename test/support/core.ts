/** Test helpers: a real core on a real SQLite file in a fresh temp folder, deterministic clock and ids. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/createCore';
import { inProcessTransport, type Transport } from '../../electron/core/transports/inProcess';

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
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** The same through the host's own dispatch (host.* methods with paths; never reachable from a transport). */
  host<T = unknown>(method: string, input?: unknown): Promise<T>;
  close(): void;
}

export async function makeCore(opts: { projectName?: string } = {}): Promise<TestCore> {
  const dir = tempDir();
  const projectPath = path.join(dir, `${opts.projectName ?? 'study'}.groundwork`);
  const core = await createCore({
    userDataDir: path.join(dir, 'user-data'),
    projectPath,
    clock: steppingClock(),
    newGuid: sequentialGuids(),
    checkOutputs: true,
  });
  const transport = inProcessTransport(core);
  return {
    core,
    dir,
    projectPath,
    transport,
    call: (method, input) => unwrap(transport.call(method, input ?? {})),
    host: (method, input) => unwrap(core.host.dispatch(method, input ?? {})),
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
export function callerFor(core: { dispatch(method: unknown, input: unknown): Promise<unknown> }) {
  return {
    call: <T = unknown>(method: string, input?: unknown) =>
      unwrap<T>(core.dispatch(method, input ?? {}) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>),
  };
}

export async function unwrap<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } }>): Promise<T> {
  const env = await p;
  if (env.ok) return env.value as T;
  throw new WireFailure(env.error!.code, env.error!.message, env.error!.fields);
}
