/** The recording behind a transcript: play/pause, seek, skip back, and where playback is. */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { mediaUrl } from '../../api/webSession';

const VIDEO = /\.(mp4|m4v|mov|webm|mkv|ogv)$/i;

export interface Player {
  src: string;
  video: boolean;
  ref: RefObject<HTMLMediaElement | null>;
  playing: boolean;
  currentMs: number;
  durationMs: number | null;
  toggle(): void;
  seek(ms: number, play?: boolean): void;
  skip(deltaMs: number): void;
}

export function usePlayer(interviewId: number, mediaPath: string | null): Player | null {
  const ref = useRef<HTMLMediaElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [currentMs, setCurrentMs] = useState(0);
  const [durationMs, setDurationMs] = useState<number | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const sync = () => {
      setPlaying(!el.paused);
      setCurrentMs(el.currentTime * 1000);
      setDurationMs(Number.isFinite(el.duration) ? el.duration * 1000 : null);
    };
    const events = ['play', 'pause', 'timeupdate', 'loadedmetadata', 'seeked', 'ended'];
    for (const name of events) el.addEventListener(name, sync);
    return () => {
      for (const name of events) el.removeEventListener(name, sync);
    };
  }, [mediaPath]);

  const toggle = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    if (el.paused) void el.play().catch(() => setPlaying(false));
    else el.pause();
  }, []);
  const seek = useCallback((ms: number, play = true) => {
    const el = ref.current;
    if (!el) return;
    el.currentTime = Math.max(0, ms / 1000);
    setCurrentMs(ms);
    if (play && el.paused) void el.play().catch(() => setPlaying(false));
  }, []);
  const skip = useCallback(
    (deltaMs: number) => {
      const el = ref.current;
      if (el) seek(el.currentTime * 1000 + deltaMs, false);
    },
    [seek],
  );

  if (!mediaPath) return null;
  return {
    src: mediaUrl(interviewId),
    video: VIDEO.test(mediaPath),
    ref,
    playing,
    currentMs,
    durationMs,
    toggle,
    seek,
    skip,
  };
}
