import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from '../../electron/main/security/externalLinks';
import { hardenSession, hardenWebContents } from '../../electron/main/security/harden';
import { createWindowOpenHandler, denyNavigation, denyWebview } from '../../electron/main/security/navigation';

function fakeEvent() {
  return { preventDefault: vi.fn() };
}

describe('navigation', () => {
  it('denies every page-initiated navigation, to any URL', () => {
    for (const url of ['https://example.com', 'app://groundwork/other.html', 'file:///etc/passwd']) {
      const event = { ...fakeEvent(), url };
      denyNavigation(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('denies attaching a <webview>', () => {
    const event = fakeEvent();
    denyWebview(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('window.open', () => {
  it('never opens an Electron window and hands https: and mailto: to the system', async () => {
    const openExternal = vi.fn(async (_url: string) => {});
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.com/research?q=1' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:someone@example.com' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://example.com/research?q=1',
      'mailto:someone@example.com',
    ]);
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'app://groundwork/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'https://user:pass@example.com',
    'not a url',
    '',
  ])('refuses %s and opens nothing', (url) => {
    const openExternal = vi.fn(async (_url: string) => {});
    expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failed external open instead of throwing', async () => {
    const onError = vi.fn();
    const handler = createWindowOpenHandler(() => Promise.reject(new Error('no browser')), onError);
    expect(handler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
  });

  it('allows only https with a host and mailto', () => {
    expect(isAllowedExternalUrl('https://example.com')).toBe(true);
    expect(isAllowedExternalUrl('HTTPS://EXAMPLE.COM/x')).toBe(true);
    expect(isAllowedExternalUrl('mailto:a@b.c')).toBe(true);
    expect(isAllowedExternalUrl('http://example.com')).toBe(false);
    expect(isAllowedExternalUrl('https://')).toBe(false);
  });
});

describe('hardening wiring', () => {
  it('installs navigation, frame-navigation, webview and window-open handlers on a webContents', () => {
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    const openExternal = vi.fn(async () => {});
    hardenWebContents({ on, setWindowOpenHandler } as never, openExternal);
    const events = on.mock.calls.map((c) => c[0]);
    expect(events).toEqual(['will-navigate', 'will-frame-navigate', 'will-attach-webview']);
    for (const [, listener] of on.mock.calls) {
      const event = fakeEvent();
      listener(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    const openHandler = setWindowOpenHandler.mock.calls[0]![0];
    expect(openHandler({ url: 'http://example.com' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com');
  });

  it('installs deny-all permission handlers on a session', () => {
    const ses = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(ses as never);
    const request = ses.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    request({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.setPermissionCheckHandler.mock.calls[0]![0]({}, 'notifications', 'app://groundwork', {})).toBe(false);
    expect(ses.setDevicePermissionHandler.mock.calls[0]![0]({ deviceType: 'usb' })).toBe(false);
  });
});
