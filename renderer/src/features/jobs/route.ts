/** The Jobs section's places: the statements at #/jobs, a persona's job map at #/jobs/map/<personaId>. */
import { useEffect, useState } from 'react';

export type JobsRoute = { view: 'list' } | { view: 'map'; personaId: number | null };

export const JOBS_HREF = '#/jobs';

export function jobMapHref(personaId?: number | null): string {
  return personaId ? `#/jobs/map/${personaId}` : '#/jobs/map';
}

function read(): JobsRoute {
  const match = /^#\/jobs\/map(?:\/(\d+))?/.exec(window.location.hash);
  if (!match) return { view: 'list' };
  return { view: 'map', personaId: match[1] ? Number(match[1]) : null };
}

export function useJobsRoute(): JobsRoute {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
