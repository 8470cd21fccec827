/** routes.ts: the URLs every screen builds and parses, and one hashchange listener shared by all readers. */
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compareHref,
  guideHref,
  icpHref,
  jobMapHref,
  liveHref,
  navigate,
  parseLiveHash,
  parseSegmentHash,
  parseWorkspaceHash,
  personaHref,
  questionsHref,
  quotesHref,
  readSection,
  replaceRoute,
  codebookTagHref,
  useIcpTab,
  useJobsRoute,
  useSection,
  useSegmentRoute,
  useSelectedGuide,
  useWorkspaceRoute,
  workspaceHref,
} from '../../renderer/src/routes';

/** The test's own waits on hashchange, so counting the app's listeners can leave them out. */
const waits = new Set<unknown>();

/** Sets the hash as a link would, and lets the browser's hashchange reach the readers. */
async function follow(hash: string) {
  await act(async () => {
    const arrived = new Promise((resolve) => {
      waits.add(resolve);
      window.addEventListener('hashchange', resolve, { once: true });
    });
    window.location.hash = hash;
    await arrived;
  });
}

afterEach(() => {
  window.history.replaceState(null, '', '#');
  vi.restoreAllMocks();
});

describe('routes', () => {
  it('builds the same URLs the screens used before', () => {
    expect(workspaceHref(5)).toBe('#/interviews/5');
    expect(workspaceHref(5, { quoteId: 9 })).toBe('#/interviews/5?quote=9');
    expect(workspaceHref(5, { turnId: 3 })).toBe('#/interviews/5?turn=3');
    expect(liveHref(5)).toBe('#/interviews/5/live');
    expect(personaHref(2)).toBe('#/personas/2');
    expect(jobMapHref()).toBe('#/jobs/map');
    expect(jobMapHref(4)).toBe('#/jobs/map/4');
    expect(compareHref([])).toBe('#/segments/compare');
    expect(compareHref([1, 2])).toBe('#/segments/compare?ids=1,2');
    expect(icpHref('scoring')).toBe('#/icp/scoring');
    expect(icpHref('profile')).toBe('#/icp');
    expect(questionsHref('bank')).toBe('#/questions');
    expect(questionsHref('coverage')).toBe('#/questions/coverage');
    expect(guideHref(null)).toBe('#/questions/guides');
    expect(guideHref(7)).toBe('#/questions/guides?guide=7');
    expect(codebookTagHref(3)).toBe('#/codebook?tag=3');
    expect(quotesHref({ tag: 3, evidence: 'supporting' })).toBe('#/quotes?tag=3&evidence=supporting');
    expect(quotesHref({ participant: 8 })).toBe('#/quotes?participant=8');
  });

  it('parses them back', () => {
    expect(readSection('#/personas/2')).toBe('personas');
    expect(readSection('#/quotes?tag=3')).toBe('quotes');
    expect(readSection('#/nowhere')).toBe('interviews');
    expect(parseWorkspaceHash('#/interviews/5?quote=9')).toEqual({
      interviewId: 5,
      quoteId: 9,
      turnId: null,
      hash: '#/interviews/5?quote=9',
    });
    expect(parseWorkspaceHash('#/interviews/5/live')).toBeNull();
    expect(parseLiveHash('#/interviews/5/live')).toBe(5);
    expect(parseSegmentHash('#/segments/compare?ids=1,2')).toEqual({ view: 'compare', ids: [1, 2] });
    expect(parseSegmentHash('#/segments/4')).toEqual({ view: 'segment', id: 4 });
    expect(parseSegmentHash('#/segments')).toEqual({ view: 'list' });
  });

  it('every screen reads the hash through one window listener, added with the first reader and removed with the last', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const seen: string[] = [];
    function Readers() {
      const [section] = useSection();
      const workspace = useWorkspaceRoute();
      const jobs = useJobsRoute();
      const segments = useSegmentRoute();
      seen.push(`${section} ${workspace?.interviewId ?? '-'} ${JSON.stringify(jobs)} ${segments.view}`);
      return null;
    }
    const view = render(<Readers />);
    const hashListeners = () => add.mock.calls.filter(([type, fn]) => type === 'hashchange' && !waits.has(fn)).length;
    expect(hashListeners()).toBe(1);
    await follow('#/interviews/5');
    expect(seen.at(-1)).toBe('interviews 5 {"view":"list"} list');
    await follow('#/jobs/map/4');
    expect(seen.at(-1)).toBe('jobs - {"view":"map","personaId":4} list');
    await follow('#/segments/2');
    expect(seen.at(-1)).toBe('segments - {"view":"list"} segment');
    expect(hashListeners()).toBe(1);
    view.unmount();
    expect(remove.mock.calls.filter(([type, fn]) => type === 'hashchange' && !waits.has(fn))).toHaveLength(1);
  });

  it('a change elsewhere in the URL does not re-render a screen whose part did not change', async () => {
    let renders = 0;
    function IcpTabs() {
      useIcpTab();
      renders += 1;
      return null;
    }
    const view = render(<IcpTabs />);
    await follow('#/icp');
    const before = renders;
    await follow('#/icp?x=1');
    expect(renders).toBe(before);
    view.unmount();
  });

  it('replaceRoute and navigate reach readers at once; replace adds no history entry', () => {
    const picked: (number | null)[] = [];
    function Guides() {
      picked.push(useSelectedGuide());
      return null;
    }
    const view = render(<Guides />);
    const length = window.history.length;
    act(() => replaceRoute(guideHref(7)));
    expect(window.location.hash).toBe('#/questions/guides?guide=7');
    expect(window.history.length).toBe(length);
    expect(picked.at(-1)).toBe(7);
    act(() => navigate(guideHref(8)));
    expect(picked.at(-1)).toBe(8);
    view.unmount();
  });
});
