/**
 * In-process transport for unit and contract tests: every call and event goes through a JSON
 * round trip, so what passes here also survives IPC and HTTP.
 */
import type { Envelope } from '../../../shared/ipc/envelope';
import type { PushEvent } from '../../../shared/ipc/events';
import type { Core } from '../createCore';

export interface Transport {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  close(): Promise<void>;
}

export function inProcessTransport(core: Core): Transport {
  return {
    async call(method, input) {
      const wireInput = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
      const envelope = await core.dispatch(method, wireInput);
      return JSON.parse(JSON.stringify(envelope)) as Envelope<unknown>;
    },
    subscribe(listener) {
      return core.onEvent((event) => listener(JSON.parse(JSON.stringify(event)) as PushEvent));
    },
    async close() {},
  };
}
