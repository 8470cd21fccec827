/**
 * Navigation and new-window policy. The window only ever shows app://groundwork/index.html,
 * loaded by the main process; the page itself may not navigate anywhere or open windows.
 * An https:/mailto: link that asks for a new window goes to the system browser instead.
 */
import { isAllowedExternalUrl } from './externalLinks';

/** The part of Electron's navigation event we use. */
export interface PreventableEvent {
  preventDefault(): void;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Handler for 'will-navigate' and 'will-frame-navigate': every page-initiated navigation is refused. */
export function denyNavigation(event: PreventableEvent): void {
  event.preventDefault();
}

/** Handler for 'will-attach-webview': <webview> is never allowed. */
export function denyWebview(event: PreventableEvent): void {
  event.preventDefault();
}

export interface WindowOpenDetails {
  url: string;
}

export type WindowOpenDecision = { action: 'deny' };

/**
 * Builds the setWindowOpenHandler callback: never a new Electron window; https:/mailto: links
 * are handed to the operating system (the opener is injected, so tests pass a fake).
 */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
  onError: (err: unknown) => void = () => {},
): (details: WindowOpenDetails) => WindowOpenDecision {
  return (details) => {
    const target = details.url;
    if (isAllowedExternalUrl(target)) {
      openExternal(target).catch(onError);
    }
    return { action: 'deny' };
  };
}
