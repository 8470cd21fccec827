/**
 * REFI-QDA GUIDs. Every exchangeable row already has a GUID; one that is not in the standard's
 * form (ids injected by tests, or a future scheme) is mapped to a name-based UUID (RFC 4122
 * version 5), so the same entity gets the same GUID on every export. Things Groundwork keeps no
 * row for (users, variables, the turn-layout of a source) get version-5 GUIDs from the project's
 * own GUID and a fixed key.
 */
import { createHash } from 'node:crypto';

/** The standard's GUIDType: 8-4-4-4-12 hex digits, optionally in braces. */
const GUID_TYPE =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** Groundwork's namespace for name-based GUIDs (itself a random UUID, fixed forever). */
const NAMESPACE = '5b0d6f8e-2a43-4c1e-9a7d-3f6c2e9b1d40';

export function isRefiGuid(value: string): boolean {
  return GUID_TYPE.test(value);
}

/** The GUID an entity travels under: its own when it has the standard's form, else a stable derived one. */
export function refiGuid(guid: string): string {
  return isRefiGuid(guid) ? guid : nameGuid(`row:${guid}`);
}

/** A version-5 UUID for `name` in Groundwork's namespace. */
export function nameGuid(name: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Foreign GUIDs are kept as written; comparisons ignore braces and case. */
export function guidKey(guid: string): string {
  return guid.replace(/[{}]/g, '').toLowerCase();
}
