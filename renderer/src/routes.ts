/**
 * Every place in the app is a URL hash (#/personas/3, #/interviews/5?quote=9), so a reload or a link
 * keeps your place. This file parses and builds all of them, and holds the one `hashchange` listener:
 * screens read the hash through the hooks below instead of listening themselves.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_SECTION, sectionById, type SectionId } from './sections';

// ---- The hash store: one window listener, shared by every hook -------------------------------

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  // Installed with the first reader and removed with the last, so tests that unmount leave no listener.
  if (listeners.size === 0) window.addEventListener('hashchange', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', notify);
  };
}

/**
 * The part of the hash a screen cares about. `select` must return a primitive (or null), so an
 * unrelated hash change does not re-render the screen.
 */
function useHashValue<T extends string | number | null>(select: (hash: string) => T): T {
  const read = () => select(window.location.hash);
  return useSyncExternalStore(subscribe, read, read);
}

/** Goes to `href` as a new history entry (Back returns). */
export function navigate(href: string): void {
  window.location.hash = href;
  // The browser fires hashchange later; readers see the new place in this same render pass.
  notify();
}

/** Puts `href` in the address bar without a history entry (a tab or a selection within a screen). */
export function replaceRoute(href: string): void {
  window.history.replaceState(null, '', href);
  notify(); // replaceState fires no hashchange
}

// ---- Sections: #/<section>, anything after it belongs to the section -------------------------

export function readSection(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').replace(/\?.*$/, '').split('/')[0] ?? '';
  return sectionById(id)?.id ?? DEFAULT_SECTION;
}

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

export function useSection(): [SectionId, (id: SectionId) => void] {
  const section = useHashValue(readSection);
  const go = useCallback((id: SectionId) => navigate(sectionHref(id)), []);
  return [section, go];
}

// ---- The interview workspace: #/interviews/<id>, optionally ?quote=<id> or ?turn=<id> -----

export interface WorkspaceRoute {
  interviewId: number;
  quoteId: number | null;
  turnId: number | null;
  /** The raw hash, so the same landing asked twice still counts as new. */
  hash: string;
}

export interface Landing {
  quoteId?: number | null;
  turnId?: number | null;
}

export function parseWorkspaceHash(hash: string): WorkspaceRoute | null {
  const match = /^#\/interviews\/(\d+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[2] ?? '');
  const num = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return { interviewId: Number(match[1]), quoteId: num('quote'), turnId: num('turn'), hash };
}

export function workspaceHref(interviewId: number, land: Landing = {}): string {
  const params = new URLSearchParams();
  if (land.quoteId) params.set('quote', String(land.quoteId));
  if (land.turnId) params.set('turn', String(land.turnId));
  const query = params.toString();
  return `#/interviews/${interviewId}${query ? `?${query}` : ''}`;
}

export function openWorkspace(interviewId: number, land: Landing = {}): void {
  window.location.hash = workspaceHref(interviewId, land);
}

export function useWorkspaceRoute(): WorkspaceRoute | null {
  const hash = useHashValue((h) => (parseWorkspaceHash(h) ? h : null));
  return useMemo(() => (hash === null ? null : parseWorkspaceHash(hash)), [hash]);
}

// ---- Interview mode: #/interviews/<id>/live ---------------------------------------------------

export function parseLiveHash(hash: string): number | null {
  const match = /^#\/interviews\/(\d+)\/live(?:\?.*)?$/.exec(hash);
  return match ? Number(match[1]) : null;
}

export function liveHref(interviewId: number): string {
  return `#/interviews/${interviewId}/live`;
}

export function useLiveRoute(): number | null {
  return useHashValue(parseLiveHash);
}

// ---- Personas: the list at #/personas, one persona at #/personas/<id> -------------------------

export function personaHref(id: number): string {
  return `#/personas/${id}`;
}

function personaInHash(hash: string): number | null {
  const match = /^#\/personas\/(\d+)/.exec(hash);
  return match ? Number(match[1]) : null;
}

export function usePersonaRoute(): number | null {
  return useHashValue(personaInHash);
}

// ---- Jobs: the statements at #/jobs, a persona's job map at #/jobs/map/<personaId> ------------

export type JobsRoute = { view: 'list' } | { view: 'map'; personaId: number | null };

export const JOBS_HREF = '#/jobs';

export function jobMapHref(personaId?: number | null): string {
  return personaId ? `#/jobs/map/${personaId}` : '#/jobs/map';
}

/** -1 for the list, 0 for a job map with no persona chosen, else the persona's id. */
function jobsKey(hash: string): number {
  const match = /^#\/jobs\/map(?:\/(\d+))?/.exec(hash);
  if (!match) return -1;
  return match[1] ? Number(match[1]) : 0;
}

export function useJobsRoute(): JobsRoute {
  const key = useHashValue(jobsKey);
  return useMemo(() => (key < 0 ? { view: 'list' } : { view: 'map', personaId: key || null }), [key]);
}

// ---- Segments: #/segments, #/segments/<id>, #/segments/compare?ids=1,2 ------------------------

export type SegmentRoute = { view: 'list' } | { view: 'segment'; id: number } | { view: 'compare'; ids: number[] };

export const segmentHref = (id: number) => `#/segments/${id}`;
export const compareHref = (ids: number[]) => `#/segments/compare${ids.length ? `?ids=${ids.join(',')}` : ''}`;

export function parseSegmentHash(hash: string): SegmentRoute {
  const one = /^#\/segments\/(\d+)/.exec(hash);
  if (one) return { view: 'segment', id: Number(one[1]) };
  const cmp = /^#\/segments\/compare(?:\?ids=([\d,]*))?/.exec(hash);
  if (cmp) return { view: 'compare', ids: (cmp[1] ?? '').split(',').filter(Boolean).map(Number) };
  return { view: 'list' };
}

export function useSegmentRoute(): SegmentRoute {
  const key = useHashValue((h) => JSON.stringify(parseSegmentHash(h)));
  return useMemo(() => JSON.parse(key) as SegmentRoute, [key]);
}

// ---- ICP: the profile at #/icp, the scoring matrix at #/icp/scoring ---------------------------

export type IcpTab = 'profile' | 'scoring';

export function icpHref(tab: IcpTab): string {
  return tab === 'scoring' ? '#/icp/scoring' : '#/icp';
}

export function useIcpTab(): IcpTab {
  return useHashValue((h) => (/^#\/icp\/scoring/.test(h) ? 'scoring' : 'profile'));
}

// ---- Question bank: #/questions, #/questions/guides?guide=<id>, #/questions/coverage ---------

export type QuestionsView = 'bank' | 'guides' | 'coverage';

export function questionsHref(view: QuestionsView): string {
  return view === 'bank' ? '#/questions' : `#/questions/${view}`;
}

export function useQuestionsView(): QuestionsView {
  return useHashValue((h) => {
    const sub = /^#\/questions\/(guides|coverage)/.exec(h)?.[1];
    return sub === 'guides' || sub === 'coverage' ? sub : 'bank';
  });
}

export function guideHref(id: number | null): string {
  return id === null ? '#/questions/guides' : `#/questions/guides?guide=${id}`;
}

export function useSelectedGuide(): number | null {
  return useHashValue((h) => {
    const match = /[?&]guide=(\d+)/.exec(h);
    return match ? Number(match[1]) : null;
  });
}

// ---- Landings read once when a screen opens (#/codebook?tag=<id>, #/quotes?tag=…) -------------

export function codebookTagHref(tagId: number): string {
  return `#/codebook?tag=${tagId}`;
}

/** The tag to select on opening the codebook. */
export function codebookTagInHash(hash: string): number | null {
  const match = /[?&]tag=(\d+)/.exec(hash);
  return match ? Number(match[1]) : null;
}

export interface QuotesLanding {
  tag?: number;
  participant?: number;
  evidence?: string;
}

export function quotesHref(land: QuotesLanding = {}): string {
  const params = Object.entries(land)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return `#/quotes${params.length ? `?${params.join('&')}` : ''}`;
}

/** The quote library's filters in the hash (#/quotes?tag=3&evidence=supporting). */
export function quotesParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.split('?')[1] ?? '');
}
