/**
 * Another program on this computer serving pages on 127.0.0.1 (a second local HTTP server on
 * another port), opened in the same Chromium right after the app: it receives no credential (no
 * cookie reaches it, nothing readable in its page), cannot call the bridge (reads fail on CORS,
 * blind writes are refused and change nothing), cannot reuse the launch link, and cannot frame
 * the app. Cookies ignore ports, so a session cookie would have reached it on every request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToken, startWebApp, type WebApp } from './webApp';

interface Seen {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the other program's page reports back about its attempts. */
interface Report {
  cookie: string;
  storage: string[];
  readInfo: string;
  readSession: string;
  blindWrites: number;
  framedTitle: string;
}

/** The other program's page: plain inline script (it is not ours, no CSP binds it). */
function hostilePage(bridge: string, launchUrl: string): string {
  return `<!doctype html><title>Some other local app</title>
<iframe id="frame" src="${launchUrl}"></iframe>
<script>
(async () => {
  const report = { cookie: document.cookie, storage: [...Object.keys(localStorage), ...Object.keys(sessionStorage)] };
  const attempt = async (run) => { try { return await run(); } catch (e) { return 'refused: ' + e.name; } };
  // A readable call: needs CORS, which the bridge never grants.
  report.readInfo = await attempt(async () => {
    const r = await fetch('${bridge}/rpc/project.info', { method: 'POST', credentials: 'include',
      headers: { 'Content-Type': 'application/json' }, body: '{}' });
    return 'read ' + r.status + ' ' + (await r.text());
  });
  // Trading the launch code again (as if it had leaked): used already, and unreadable anyway.
  report.readSession = await attempt(async () => {
    const r = await fetch('${bridge}/session', { method: 'POST', credentials: 'include',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ launch: '${new URL(launchUrl).hash.slice(8)}' }) });
    return 'read ' + r.status + ' ' + (await r.text());
  });
  // Blind writes that need no preflight: the response is opaque, but would they land?
  let sent = 0;
  for (const body of ['{"name":"Planted by another app"}', 'name=Planted']) {
    await attempt(() => fetch('${bridge}/rpc/companies.create', { method: 'POST', mode: 'no-cors', credentials: 'include',
      headers: { 'Content-Type': 'text/plain' }, body }));
    sent++;
  }
  report.blindWrites = sent;
  await new Promise((resolve) => setTimeout(resolve, 500));
  report.framedTitle = await attempt(async () => document.getElementById('frame').contentDocument?.title ?? 'no access');
  await fetch('/report', { method: 'POST', credentials: 'include', body: JSON.stringify(report) });
})();
</script>`;
}

describe('a second local server in the same Chromium', () => {
  let app: WebApp;
  let other: http.Server;
  const seen: Seen[] = [];
  let reported: Promise<Report>;

  beforeAll(async () => {
    app = await startWebApp();
    await pageToken(app.page); // the app has signed in with its launch link
    let deliver!: (report: Report) => void;
    reported = new Promise((resolve) => (deliver = resolve));
    other = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.url === '/report') {
          deliver(JSON.parse(body) as Report);
          return void res.end('thanks');
        }
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(hostilePage(app.host.bridge.url, app.host.bridge.launchUrl));
      });
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
  });

  afterAll(async () => {
    await new Promise((resolve) => other?.close(resolve));
    await app?.close();
  });

  it('receives no credential, cannot call the bridge, reuse the link or frame the app', async () => {
    const token = await pageToken(app.page);
    const companiesBefore = await app.host.core.dispatch('companies.list', {});
    const port = (other.address() as AddressInfo).port;
    expect(port).not.toBe(app.host.bridge.port);

    const hostile = await app.context.newPage();
    const consoleLines: string[] = [];
    hostile.on('console', (message) => consoleLines.push(message.text()));
    await hostile.goto(`http://127.0.0.1:${port}/`);
    const report = await reported;

    // Nothing of the session reached the other program: no cookie exists at all, none was sent to
    // it, and no header or body it received holds the token.
    expect(await app.context.cookies()).toEqual([]);
    expect(report.cookie).toBe('');
    expect(report.storage).toEqual([]);
    for (const request of seen) {
      expect(request.headers.cookie, request.path).toBeUndefined();
      expect(JSON.stringify(request.headers) + request.body, request.path).not.toContain(token);
    }
    expect(seen.map((r) => r.path)).toContain('/report');

    // Its calls were refused: nothing readable, nothing written, the link not traded again.
    expect(report.readInfo).toMatch(/^refused: TypeError/);
    expect(report.readSession).toMatch(/^refused: TypeError/);
    expect(report.blindWrites).toBe(2);
    expect(await app.host.core.dispatch('companies.list', {})).toEqual(companiesBefore);
    const tradeAgain = await fetch(`${app.host.bridge.url}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ launch: new URL(app.host.bridge.launchUrl).hash.slice(8) }),
    });
    expect(tradeAgain.status).toBe(410);

    // The app would not render inside its frame.
    expect(report.framedTitle).not.toBe('Groundwork');
    const frame = hostile.frames().find((f) => f !== hostile.mainFrame());
    expect(await frame?.evaluate(() => document.querySelector('#root') !== null).catch(() => false)).toBe(false);
    expect(consoleLines.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);

    // And the app itself still works in its own tab.
    const info = await app.page.evaluate(async (bearer) => {
      const r = await fetch('/rpc/project.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
        body: '{}',
      });
      return ((await r.json()) as { value: { name: string } }).value.name;
    }, token);
    expect(info).toBe('Pricing study');
    await hostile.close();
  });
});
