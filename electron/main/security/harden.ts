/**
 * Installs the security handlers on Electron objects passed in (never imported here), so the
 * wiring itself is testable with fakes. Applied to every webContents the app creates.
 */
import type { Session, WebContents } from 'electron';
import { createWindowOpenHandler, denyNavigation, denyWebview, type OpenExternal } from './navigation';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './permissions';

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function hardenWebContents(
  contents: HardenableContents,
  openExternal: OpenExternal,
  onError: (err: unknown) => void = () => {},
): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal, onError));
}

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}
