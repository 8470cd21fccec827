/** The browser build's sign-in: the launch code leaves the address bar at once and is traded once; no cookie. */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CODE = 'ab'.repeat(32);

/** A tab of its own per test: its address bar, history, sessionStorage and hashchange listeners. */
function tab(url: string, stored?: object): Window {
  const win = new JSDOM('', { url: `http://127.0.0.1:5173${url}` }).window as unknown as Window;
  if (stored) win.sessionStorage.setItem('groundwork.session', JSON.stringify(stored));
  return win;
}

async function freshModule() {
  vi.resetModules();
  return import('../../renderer/src/api/webSession');
}

afterEach(() => vi.unstubAllGlobals());

describe('webSession', () => {
  it('takes the launch code out of the address bar, keeps the route path, and trades it once', async () => {
    const window = tab(`/index.html#launch=${CODE}`);
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        new Response(JSON.stringify({ ok: true, value: { token: 't1', mediaKey: 'm1' } }), { status: 200 }),
      );
    vi.stubGlobal('fetch', fetchMock);
    const { webSession, mediaUrl } = await freshModule();
    const session = await webSession(window);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/index.html');
    expect(session).toEqual({ token: 't1', mediaKey: 'm1' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('session');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(String(init.body))).toEqual({ launch: CODE });
    expect(window.document.cookie).toBe('');
    expect(mediaUrl(7)).toBe('media/7?key=m1');
    await webSession(window);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stays signed in across a reload of the tab, and is signed out without link or stored session', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const reloaded = tab('/', { token: 't2', mediaKey: 'm2' });
    expect(await (await freshModule()).webSession(reloaded)).toEqual({ token: 't2', mediaKey: 'm2' });
    expect(await (await freshModule()).webSession(tab('/'))).toBeNull();
  });

  it('signs in to a new run when its link is opened in the same tab (a fragment change, no reload)', async () => {
    const window = tab('/', { token: 'old', mediaKey: 'm' });
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response(JSON.stringify({ ok: true, value: { token: 'new', mediaKey: 'n' } }))),
    );
    const { webSession } = await freshModule();
    expect((await webSession(window))?.token).toBe('old');
    window.location.hash = `#launch=${CODE}`; // jsdom fires hashchange, as a browser does
    await vi.waitFor(async () => expect((await webSession(window))?.token).toBe('new'));
    expect(window.location.hash).toBe('');
  });
});
