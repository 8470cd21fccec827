/** The two ways to look at jobs: every statement, or one persona's job map. */
import { JOBS_HREF, jobMapHref } from '../../routes';

export function JobsViews({ current, personaId }: { current: 'list' | 'map'; personaId?: number | null }) {
  return (
    <nav className="jobs-views" aria-label="Jobs views">
      <a className="jobs-view" href={JOBS_HREF} aria-current={current === 'list' ? 'page' : undefined}>
        Statements
      </a>
      <a className="jobs-view" href={jobMapHref(personaId)} aria-current={current === 'map' ? 'page' : undefined}>
        Job map
      </a>
    </nav>
  );
}
