/** Preload (sandboxed, context-isolated): exposes exactly { rpc, onEvent } as window.bridge. */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(ipcRenderer);

contextBridge.exposeInMainWorld('bridge', {
  rpc: bridge.rpc,
  onEvent: bridge.onEvent,
});
