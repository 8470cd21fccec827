/** Segments live at #/segments (list), #/segments/<id> (one segment) and #/segments/compare?ids=1,2. */
import { useEffect, useState } from 'react';

export type SegmentRoute = { view: 'list' } | { view: 'segment'; id: number } | { view: 'compare'; ids: number[] };

export const segmentHref = (id: number) => `#/segments/${id}`;
export const compareHref = (ids: number[]) => `#/segments/compare${ids.length ? `?ids=${ids.join(',')}` : ''}`;

function read(): SegmentRoute {
  const hash = window.location.hash;
  const one = /^#\/segments\/(\d+)/.exec(hash);
  if (one) return { view: 'segment', id: Number(one[1]) };
  const cmp = /^#\/segments\/compare(?:\?ids=([\d,]*))?/.exec(hash);
  if (cmp) return { view: 'compare', ids: (cmp[1] ?? '').split(',').filter(Boolean).map(Number) };
  return { view: 'list' };
}

export function useSegmentRoute(): SegmentRoute {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
