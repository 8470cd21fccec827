/** The interview's elapsed timer: start and pause, kept per interview in localStorage so a reload continues. */
import { useCallback, useEffect, useRef, useState } from 'react';

interface TimerState {
  /** Epoch ms when the current run started; null while paused. */
  runningSince: number | null;
  /** Time banked by earlier runs. */
  bankedMs: number;
}

const key = (interviewId: number) => `groundwork.interviewTimer.${interviewId}`;

function load(interviewId: number): TimerState {
  try {
    const parsed = JSON.parse(localStorage.getItem(key(interviewId)) ?? '') as Partial<TimerState>;
    return {
      runningSince: typeof parsed.runningSince === 'number' ? parsed.runningSince : null,
      bankedMs: typeof parsed.bankedMs === 'number' ? parsed.bankedMs : 0,
    };
  } catch {
    return { runningSince: null, bankedMs: 0 };
  }
}

export interface Elapsed {
  ms: number;
  running: boolean;
  /** Read at the moment of use (timestamps, question status), not from the last render. */
  now(): number;
  toggle(): void;
  reset(): void;
}

export function useElapsed(interviewId: number): Elapsed {
  const [state, setState] = useState<TimerState>(() => load(interviewId));
  const stateRef = useRef(state);
  stateRef.current = state;
  const [, tick] = useState(0);

  useEffect(() => {
    localStorage.setItem(key(interviewId), JSON.stringify(state));
    if (state.runningSince === null) return;
    const id = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [interviewId, state]);

  const now = useCallback(() => {
    const s = stateRef.current;
    return Math.round(s.bankedMs + (s.runningSince === null ? 0 : Date.now() - s.runningSince));
  }, []);
  const toggle = useCallback(() => {
    setState((s) =>
      s.runningSince === null
        ? { ...s, runningSince: Date.now() }
        : { runningSince: null, bankedMs: s.bankedMs + Date.now() - s.runningSince },
    );
  }, []);
  const reset = useCallback(() => setState({ runningSince: null, bankedMs: 0 }), []);
  return { ms: now(), running: state.runningSince !== null, now, toggle, reset };
}
