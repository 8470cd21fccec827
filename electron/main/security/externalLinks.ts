/** Which links may leave the app for the user's browser or mail client: https: and mailto: only. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  // An https link must name a host; credentials in a link are a phishing trick, not a need.
  if (url.protocol === 'https:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return false;
  return true;
}
