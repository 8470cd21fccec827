/**
 * The response headers both hosts send with every answer: the Electron app's app:// protocol and
 * the web host's loopback bridge. One Content-Security-Policy for both, so the browser build runs
 * under exactly the rules the desktop app does. Scripts come only from our own bundle (no inline
 * script, no eval, no remote code); nothing is fetched off the app's origin; and no other page —
 * another local program's included — may frame the app (frame-ancestors and X-Frame-Options).
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  // One literal, so the static scan (electronegativity) evaluates the policy we really send.
  headers['Content-Security-Policy'] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";
  headers['X-Frame-Options'] = 'DENY';
  headers['X-Content-Type-Options'] = 'nosniff';
  headers['Referrer-Policy'] = 'no-referrer';
  headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  return headers;
}

export const CONTENT_SECURITY_POLICY: string = securityHeaders()['Content-Security-Policy']!;
