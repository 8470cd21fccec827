/** Follows the core's job.progress events for one job id: how far, and of how many. */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/hooks';
import type { Job } from '../../api/useJobs';

export function useJobProgress(): {
  start(): string;
  progress: { done: number; total: number | null } | null;
  stop(): void;
} {
  const { client } = useApi();
  const jobRef = useRef<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'job.progress') return;
        const job = event.payload as Job;
        if (job.jobId === jobRef.current && job.state === 'running') setProgress({ done: job.done, total: job.total });
      }),
    [client],
  );
  return {
    start() {
      const id = `refi-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      jobRef.current = id;
      setProgress({ done: 0, total: null });
      return id;
    },
    progress,
    stop() {
      jobRef.current = null;
      setProgress(null);
    },
  };
}
