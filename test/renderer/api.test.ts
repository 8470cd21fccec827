/** The typed client, its error mapping and the HTTP transport's failure handling (invalidation: invalidation.test.ts). */
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../renderer/src/api/client';
import { ApiError } from '../../renderer/src/api/errors';
import { bridgeTransport, httpTransport, type Transport } from '../../renderer/src/api/transport';

function fakeTransport(rpc: Transport['rpc']): Transport {
  return { rpc, onEvent: () => () => undefined };
}

describe('ApiClient', () => {
  it('returns values and throws ApiError with fields folded onto their form field', async () => {
    const client = new ApiClient(
      fakeTransport(async () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'currentStack.1: Tool is required.',
          fields: { 'currentStack.1': 'Tool is required.' },
        },
      })),
    );
    const error = await client.call('companies.create', { name: 'X' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fields).toEqual({ currentStack: 'Tool is required.' });
  });

  it("maps an update's patch fields onto the form's fields", () => {
    const error = new ApiError({
      code: 'VALIDATION',
      message: 'x',
      fields: { 'patch.name': 'Name is required.', 'patch.currentStack.0': 'Tool is required.' },
    });
    expect(error.fields).toEqual({ name: 'Name is required.', currentStack: 'Tool is required.' });
  });

  it('never shows a stack trace as a message', () => {
    const error = new ApiError({ code: 'INTERNAL', message: 'TypeError: x\n    at foo (a.js:1:2)' });
    expect(error.message).toBe('Something went wrong inside Groundwork; nothing was changed.');
  });

  it('tracks saving: pending, saved, and failures that are not form refusals', async () => {
    let answer: { ok: true; value: unknown } | { ok: false; error: { code: 'IO' | 'VALIDATION'; message: string } } = {
      ok: true,
      value: {},
    };
    const client = new ApiClient(fakeTransport(async () => answer));
    await client.call('companies.create', { name: 'A' });
    expect(client.getSaveState()).toMatchObject({ pending: 0, failed: null });
    expect(client.getSaveState().savedAt).not.toBeNull();
    answer = { ok: false, error: { code: 'VALIDATION', message: 'Company name is required.' } };
    await client.call('companies.create', { name: '' }).catch(() => undefined);
    expect(client.getSaveState().failed).toBeNull();
    answer = { ok: false, error: { code: 'IO', message: 'The disk is full.' } };
    await client.call('companies.create', { name: 'B' }).catch(() => undefined);
    expect(client.getSaveState().failed).toBe('The disk is full.');
  });
});

describe('httpTransport', () => {
  it('turns a network failure and a non-envelope answer into readable errors', async () => {
    const fetchMock = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchMock);
    const transport = httpTransport('', () => Promise.resolve({ token: 'tok', mediaKey: 'key' }));
    const offline = await transport.rpc('companies.list', {});
    expect(offline.ok).toBe(false);
    if (!offline.ok) expect(offline.error.message).toMatch(/did not answer/);

    fetchMock.mockResolvedValueOnce(new Response('<html>oops</html>', { status: 502 }));
    const garbled = await transport.rpc('companies.list', {});
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(garbled.error.message).toContain('HTTP 502');

    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    expect(await transport.rpc('companies.list', {})).toEqual({ ok: true, value: [] });
    const [url, init] = fetchMock.mock.calls[2]!;
    expect(url).toBe('/rpc/companies.list');
    // The token travels as a header; no cookie is ever sent (another local program on 127.0.0.1 would get it too).
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { Authorization: 'Bearer tok' } });
    vi.unstubAllGlobals();
  });
});

describe('bridgeTransport', () => {
  it('turns a rejected or malformed preload answer into a readable error envelope', async () => {
    const rpc = vi.fn().mockRejectedValueOnce(new Error('channel closed')).mockResolvedValueOnce('nonsense');
    const transport = bridgeTransport({ rpc, onEvent: () => () => undefined });
    const rejected = await transport.rpc('companies.list', {});
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) expect(rejected.error.message).toMatch(/did not answer/);
    const malformed = await transport.rpc('companies.list', {});
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.error.message).toMatch(/could not read/);
  });
});
