/** Answers of the loopback bridge: JSON envelopes and errors, every one with the app's security headers. */
import type http from 'node:http';
import type { WireError } from '../../../shared/errors';
import { securityHeaders } from '../../../shared/http/securityHeaders';

/** Sets the headers every response carries (CSP, frame-ancestors, X-Frame-Options, nosniff…). */
export function applySecurityHeaders(res: http.ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: http.ServerResponse, status: number, error: WireError): void {
  sendJson(res, status, { ok: false, error });
}
