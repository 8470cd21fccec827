/** Background tasks the core reports (imports, exports, index rebuilds), for the status bar. */
import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/events';
import { useApi } from './hooks';

export type Task = EventPayload<'task.progress'>;

/** Running tasks, newest last; finished ones drop off. */
export function useTasks(): Task[] {
  const { client } = useApi();
  const [tasks, setTasks] = useState<Task[]>([]);
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'task.progress') return;
        const task = event.payload as Task;
        setTasks((current) => {
          const others = current.filter((t) => t.taskId !== task.taskId);
          return task.state === 'running' ? [...others, task] : others;
        });
      }),
    [client],
  );
  return tasks;
}
