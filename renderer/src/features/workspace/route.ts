/** The interview workspace lives at #/interviews/<id>, optionally ?quote=<id> or ?segment=<id> to land on. */
import { useEffect, useState } from 'react';

export interface WorkspaceRoute {
  interviewId: number;
  quoteId: number | null;
  segmentId: number | null;
  /** The raw hash, so the same landing asked twice still counts as new. */
  hash: string;
}

export function parseWorkspaceHash(hash: string): WorkspaceRoute | null {
  const match = /^#\/interviews\/(\d+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[2] ?? '');
  const num = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return { interviewId: Number(match[1]), quoteId: num('quote'), segmentId: num('segment'), hash };
}

export function workspaceHref(
  interviewId: number,
  land: { quoteId?: number | null; segmentId?: number | null } = {},
): string {
  const params = new URLSearchParams();
  if (land.quoteId) params.set('quote', String(land.quoteId));
  if (land.segmentId) params.set('segment', String(land.segmentId));
  const query = params.toString();
  return `#/interviews/${interviewId}${query ? `?${query}` : ''}`;
}

export function openWorkspace(
  interviewId: number,
  land: { quoteId?: number | null; segmentId?: number | null } = {},
): void {
  window.location.hash = workspaceHref(interviewId, land);
}

export function useWorkspaceRoute(): WorkspaceRoute | null {
  const [route, setRoute] = useState(() => parseWorkspaceHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseWorkspaceHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
