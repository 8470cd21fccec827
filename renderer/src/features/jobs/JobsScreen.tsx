/** Jobs to be done: every job statement (#/jobs) or one persona's job map (#/jobs/map/<id>). */
import '../../styles/jobs.css';
import '../../styles/jobMap.css';
import { JobList } from './JobList';
import { JobMapView } from './JobMapView';
import { useJobsRoute } from '../../routes';

export function JobsScreen() {
  const route = useJobsRoute();
  return route.view === 'map' ? <JobMapView key={route.personaId ?? 0} personaId={route.personaId} /> : <JobList />;
}
