/** Follows the core's task.progress events for one task id: how far, and of how many. */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/hooks';
import type { Task } from '../../api/useTasks';

export function useTaskProgress(): {
  start(): string;
  progress: { done: number; total: number | null } | null;
  stop(): void;
} {
  const { client } = useApi();
  const taskRef = useRef<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'task.progress') return;
        const task = event.payload as Task;
        if (task.taskId === taskRef.current && task.state === 'running')
          setProgress({ done: task.done, total: task.total });
      }),
    [client],
  );
  return {
    start() {
      const id = `refi-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      taskRef.current = id;
      setProgress({ done: 0, total: null });
      return id;
    },
    progress,
    stop() {
      taskRef.current = null;
      setProgress(null);
    },
  };
}
