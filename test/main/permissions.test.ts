import { describe, expect, it, vi } from 'vitest';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../electron/main/security/permissions';

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'openExternal',
  'pointerLock',
  'unknown',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('denies a request for %s', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers no to a check for %s', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('denies device access (USB, HID, serial)', () => {
    expect(denyDevicePermission()).toBe(false);
  });
});
