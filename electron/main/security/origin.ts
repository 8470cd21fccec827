/** Where the UI lives (app://groundwork) and whether a frame URL belongs to it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'groundwork';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for a URL on our own app:// origin. file:, devtools:, http(s): and every other
 * host are refused; an unparsable or missing URL is refused too.
 */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  if (typeof frameUrl !== 'string' || frameUrl.length === 0) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
