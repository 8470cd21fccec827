import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../electron/preload/bridge';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../../electron/preload/channels';

// The real 'electron' module is never loaded: the preload's import gets this fake.
const exposed = vi.hoisted(() => ({ calls: [] as [string, Record<string, unknown>][] }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.calls.push([key, api]),
  },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
}));

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, value: args })),
    on: vi.fn((channel: string, l: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(l);
    }),
    fire(channel: string, ...args: unknown[]) {
      for (const l of listeners.get(channel) ?? []) l(...args);
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
}

describe('preload', () => {
  afterEach(() => vi.resetModules());

  it('exposes exactly { rpc, onEvent } as window.bridge, both functions, and never ipcRenderer', async () => {
    exposed.calls.length = 0;
    await import('../../electron/preload/index');
    expect(exposed.calls).toHaveLength(1);
    const [key, api] = exposed.calls[0]!;
    expect(key).toBe('bridge');
    expect(Object.keys(api).sort()).toEqual(['onEvent', 'rpc']);
    expect(typeof api['rpc']).toBe('function');
    expect(typeof api['onEvent']).toBe('function');
    const { ipcRenderer } = await import('electron');
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('rpc invokes the gw:rpc channel with method and input', async () => {
    const ipc = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    await bridge.rpc('project.info', { x: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith(RPC_CHANNEL, 'project.info', { x: 1 });
    await expect(bridge.rpc(42 as unknown as string, {})).rejects.toThrow(TypeError);
  });

  it('onEvent gives listeners the payload only, never the IPC event (whose sender is ipcRenderer)', () => {
    const ipc = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    const ipcEvent = { sender: ipc, senderId: 0 };
    ipc.fire(EVENT_CHANNEL, ipcEvent, { name: 'project.opened', payload: { path: '/p' } });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ name: 'project.opened', payload: { path: '/p' } });
    unsubscribe();
    expect(ipc.count(EVENT_CHANNEL)).toBe(0);
    ipc.fire(EVENT_CHANNEL, ipcEvent, { name: 'project.opened', payload: { path: '/q' } });
    expect(listener).toHaveBeenCalledOnce();
    expect(() => bridge.onEvent('nope' as never)).toThrow(TypeError);
  });
});
