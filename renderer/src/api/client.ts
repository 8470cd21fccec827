/** The typed client: method names, inputs and outputs all come from shared/ipc/contract.ts. */
import { contract, type Input, type Method, type Output } from '../../../shared/ipc/contract';
import type { PushEvent } from '../../../shared/ipc/events';
import { ApiError } from './errors';
import type { Transport } from './transport';

/** What the status bar shows about writes: in flight, the last success, the last failure. */
export interface SaveState {
  pending: number;
  savedAt: number | null;
  failed: string | null;
}

export class ApiClient {
  private save: SaveState = { pending: 0, savedAt: null, failed: null };
  private readonly saveListeners = new Set<() => void>();

  constructor(private readonly transport: Transport) {}

  /** Calls a contract method; resolves with its output or rejects with an ApiError. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const writes = contract[method].writes;
    if (writes) this.setSave({ ...this.save, pending: this.save.pending + 1 });
    const envelope = await this.transport.rpc(method, input);
    if (writes) {
      this.setSave({
        pending: this.save.pending - 1,
        savedAt: envelope.ok ? Date.now() : this.save.savedAt,
        failed: envelope.ok ? null : envelope.error.message,
      });
    }
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as Output<M>;
  }

  onEvent(listener: (event: PushEvent) => void): () => void {
    return this.transport.onEvent(listener);
  }

  getSaveState = (): SaveState => this.save;

  onSaveState = (listener: () => void): (() => void) => {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  };

  private setSave(next: SaveState): void {
    this.save = next;
    for (const listener of this.saveListeners) listener();
  }
}
