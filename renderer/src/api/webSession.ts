/**
 * How the browser build signs in to the web host without a cookie (cookies ignore ports, so any
 * other program serving pages on 127.0.0.1 would receive one). The printed link carries a one-time
 * launch code in its fragment, which never reaches a server; the page takes it out of the address
 * bar before anything renders, trades it once at POST /session for the session token, and keeps
 * the token in memory and in this tab's sessionStorage (per origin, port included — other local
 * programs cannot read it), so a reload stays signed in. Every call then sends it as a header.
 */
export interface WebSession {
  token: string;
  /** For media URLs only: <audio>/<video> cannot send headers. */
  mediaKey: string;
}

const STORE_KEY = 'groundwork.session';
const LAUNCH = /(?:^#|&)launch=([0-9a-f]{16,128})(?:&|$)/;

let pending: Promise<WebSession | null> | null = null;
let current: WebSession | null = null;

/** Removes `#launch=…` from the address bar and returns the code, or null when there is none. */
export function takeLaunchCode(win: Window): string | null {
  const match = LAUNCH.exec(win.location.hash);
  if (!match) return null;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`);
  return match[1]!;
}

/** The session of this tab, trading the launch code on first use; null when the page is not signed in. */
export function webSession(win: Window = window): Promise<WebSession | null> {
  pending ??= start(win).then((session) => (current = session));
  return pending;
}

/** The session once webSession() has settled; null before, and in Electron. */
export function currentWebSession(): WebSession | null {
  return current;
}

async function start(win: Window): Promise<WebSession | null> {
  // Opening a new link in this tab while the app shows is only a fragment change, not a reload.
  win.addEventListener('hashchange', () => {
    const next = takeLaunchCode(win);
    if (!next) return;
    const previous = current;
    pending = trade(next).then((traded) => {
      if (traded) store(win, traded);
      return (current = traded ?? previous);
    });
  });
  const code = takeLaunchCode(win);
  if (code) {
    const traded = await trade(code);
    if (traded) {
      store(win, traded);
      return traded;
    }
  }
  return stored(win);
}

async function trade(launch: string): Promise<WebSession | null> {
  try {
    const response = await fetch('session', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ launch }),
    });
    const body = (await response.json()) as { ok?: boolean; value?: Partial<WebSession> };
    const value = body.value;
    return body.ok && typeof value?.token === 'string' && typeof value.mediaKey === 'string'
      ? { token: value.token, mediaKey: value.mediaKey }
      : null;
  } catch {
    return null;
  }
}

function store(win: Window, session: WebSession): void {
  try {
    win.sessionStorage.setItem(STORE_KEY, JSON.stringify(session));
  } catch {
    /* storage off: the session lasts until a reload */
  }
}

function stored(win: Window): WebSession | null {
  try {
    const value = JSON.parse(win.sessionStorage.getItem(STORE_KEY) ?? 'null') as Partial<WebSession> | null;
    return typeof value?.token === 'string' && typeof value.mediaKey === 'string'
      ? { token: value.token, mediaKey: value.mediaKey }
      : null;
  } catch {
    return null;
  }
}

/** Where <audio>/<video> stream an interview's recording: app://…/media/N in Electron, with the media key on the web. */
export function mediaUrl(interviewId: number): string {
  return current ? `media/${interviewId}?key=${encodeURIComponent(current.mediaKey)}` : `media/${interviewId}`;
}
