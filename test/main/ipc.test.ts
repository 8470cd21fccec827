import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/ipc/envelope';
import type { PushEvent } from '../../shared/ipc/events';
import { createRpcHandler, forwardEvents, isTrustedIpcEvent, registerRpc } from '../../electron/main/ipc';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../../electron/preload/channels';

const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

function fakeCore() {
  const dispatch = vi.fn(async (method: unknown, input: unknown): Promise<Envelope<unknown>> => ({
    ok: true,
    value: { method, input },
  }));
  return { dispatch };
}

describe('IPC sender check', () => {
  it('accepts the top frame of app://groundwork only', () => {
    expect(isTrustedIpcEvent(topFrame('app://groundwork/index.html'))).toBe(true);
    expect(isTrustedIpcEvent(topFrame('app://evil/index.html'))).toBe(false);
    expect(isTrustedIpcEvent(topFrame('file:///index.html'))).toBe(false);
    expect(isTrustedIpcEvent(topFrame('devtools://devtools/bundled/devtools_app.html'))).toBe(false);
    expect(isTrustedIpcEvent({ senderFrame: null })).toBe(false);
    expect(
      isTrustedIpcEvent({ senderFrame: { url: 'app://groundwork/index.html', parent: { url: 'app://groundwork/' } } }),
    ).toBe(false);
  });
});

describe('rpc handler', () => {
  it('dispatches a call from our page and returns the envelope', async () => {
    const core = fakeCore();
    const handler = createRpcHandler(core);
    const result = await handler(topFrame('app://groundwork/index.html'), 'project.info', { a: 1 });
    expect(result).toEqual({ ok: true, value: { method: 'project.info', input: { a: 1 } } });
    expect(core.dispatch).toHaveBeenCalledWith('project.info', { a: 1 });
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:1234/',
    'file:///home/me/evil.html',
    'devtools://devtools/bundled/devtools_app.html',
    'app://evil/index.html',
    'about:blank',
  ])('refuses a call from %s without reaching the core', async (url) => {
    const core = fakeCore();
    const onRefused = vi.fn();
    const result = await createRpcHandler(core, { onRefused })(topFrame(url), 'project.create', { path: '/x' });
    expect(result.ok).toBe(false);
    expect(core.dispatch).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith(url);
  });

  it('refuses a destroyed frame and a subframe of our page', async () => {
    const core = fakeCore();
    const handler = createRpcHandler(core);
    expect((await handler({ senderFrame: null }, 'project.info', {})).ok).toBe(false);
    const sub = { senderFrame: { url: 'app://groundwork/index.html', parent: {} } };
    expect((await handler(sub, 'project.info', {})).ok).toBe(false);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('passes inputs through a JSON round trip, like the HTTP bridge', async () => {
    const core = fakeCore();
    const handler = createRpcHandler(core);
    await handler(topFrame('app://groundwork/'), 'x', { when: new Date(0), gone: undefined, n: 1 });
    expect(core.dispatch).toHaveBeenLastCalledWith('x', { when: '1970-01-01T00:00:00.000Z', n: 1 });
    await handler(topFrame('app://groundwork/'), 'x', undefined);
    expect(core.dispatch).toHaveBeenLastCalledWith('x', {});
  });

  it('refuses a non-string method, unserialisable input and oversized input', async () => {
    const core = fakeCore();
    const handler = createRpcHandler(core, { maxInputBytes: 100 });
    const from = topFrame('app://groundwork/');
    expect(await handler(from, 42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await handler(from, 'x', cyclic)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await handler(from, 'x', { text: 'é'.repeat(60) })).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('registers on the gw:rpc channel and forwards the real event object to the check', async () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const core = fakeCore();
    const unregister = registerRpc(ipcMain as never, core);
    expect(ipcMain.handle).toHaveBeenCalledWith(RPC_CHANNEL, expect.any(Function));
    const listener = ipcMain.handle.mock.calls[0]![1];
    const event = { senderFrame: { url: 'app://groundwork/index.html', parent: null }, sender: {} };
    expect(await listener(event, 'project.info', {})).toMatchObject({ ok: true });
    expect(
      await listener({ ...event, senderFrame: { url: 'https://evil', parent: null } }, 'project.info', {}),
    ).toMatchObject({
      ok: false,
    });
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(RPC_CHANNEL);
  });
});

describe('event forwarding', () => {
  function fakeBus() {
    const listeners = new Set<(e: PushEvent) => void>();
    return {
      onEvent: (l: (e: PushEvent) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      emit: (e: PushEvent) => listeners.forEach((l) => l(e)),
    };
  }
  const opened: PushEvent = { name: 'project.opened', payload: { path: '/p.groundwork' } };

  it('sends core events to the window on gw:event while it shows our page', () => {
    const bus = fakeBus();
    let url = 'app://groundwork/index.html';
    const target = { isDestroyed: () => false, getURL: () => url, send: vi.fn() };
    const stop = forwardEvents(bus, target);
    bus.emit(opened);
    expect(target.send).toHaveBeenCalledWith(EVENT_CHANNEL, opened);
    url = 'https://elsewhere.example/';
    bus.emit(opened);
    expect(target.send).toHaveBeenCalledOnce();
    url = 'app://groundwork/index.html';
    stop();
    bus.emit(opened);
    expect(target.send).toHaveBeenCalledOnce();
  });

  it('sends nothing to a destroyed window', () => {
    const bus = fakeBus();
    const target = { isDestroyed: () => true, getURL: () => 'app://groundwork/', send: vi.fn() };
    forwardEvents(bus, target);
    bus.emit(opened);
    expect(target.send).not.toHaveBeenCalled();
  });
});
