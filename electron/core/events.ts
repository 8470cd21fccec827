/** A tiny typed event bus: the core pushes, transports forward to every connected UI. */
import type { EventName, EventPayload, PushEvent } from '../../shared/ipc/events';

export type Listener = (event: PushEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit = <E extends EventName>(name: E, payload: EventPayload<E>): void => {
    for (const listener of this.listeners) {
      try {
        listener({ name, payload } as PushEvent);
      } catch {
        // A broken listener (a closed window) must not stop the others or the write that emitted.
      }
    }
  };

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
