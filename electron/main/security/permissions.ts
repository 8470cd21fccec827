/** Permission policy: Groundwork needs no web permission (camera, notifications, geolocation, …), so all are refused. */

export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export function denyDevicePermission(): boolean {
  return false;
}
