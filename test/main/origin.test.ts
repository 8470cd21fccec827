import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedSender } from '../../electron/main/security/origin';

describe('isTrustedSender', () => {
  it.each([
    'app://groundwork/index.html',
    'app://groundwork/',
    'app://groundwork/index.html#/interviews/3',
    APP_ENTRY_URL,
  ])('trusts our own page %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://groundwork.evil.com/index.html',
    'app://evil.groundwork/index.html',
    'app://user@groundwork/index.html',
    'app://groundwork:8080/index.html',
    'file:///home/me/dist/renderer/index.html',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-extension://abcdef/page.html',
    'http://127.0.0.1:5173/',
    'https://groundwork/',
    'http://groundwork/',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('refuses a missing URL', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
