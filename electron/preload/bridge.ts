/**
 * The renderer's only way out: `rpc(method, input)` and `onEvent(listener)`. ipcRenderer itself
 * never reaches the page, and listeners get the event payload only, never Electron's event
 * object (whose `sender` is ipcRenderer).
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, RPC_CHANNEL } from './channels';

export interface Bridge {
  rpc(method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

export function createBridge(ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Bridge {
  return {
    rpc(method, input) {
      if (typeof method !== 'string') return Promise.reject(new TypeError('The method name must be a string.'));
      return ipcRenderer.invoke(RPC_CHANNEL, method, input);
    },
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
      const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(EVENT_CHANNEL, relay);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, relay);
      };
    },
  };
}
