/** Long work the core reports (imports, exports, index rebuilds), for the status bar. */
import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/events';
import { useApi } from './hooks';

export type Job = EventPayload<'job.progress'>;

/** Running jobs, newest last; finished ones drop off. */
export function useJobs(): Job[] {
  const { client } = useApi();
  const [jobs, setJobs] = useState<Job[]>([]);
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'job.progress') return;
        const job = event.payload as Job;
        setJobs((current) => {
          const others = current.filter((j) => j.jobId !== job.jobId);
          return job.state === 'running' ? [...others, job] : others;
        });
      }),
    [client],
  );
  return jobs;
}
