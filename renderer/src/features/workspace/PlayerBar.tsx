/** The player under the toolbar: play/pause (P), back 5 seconds (B), where playback is. */
import type { RefObject } from 'react';
import { formatClock } from '../transcript/time';
import type { Player } from './usePlayer';

export function PlayerBar({ player, keysOn }: { player: Player; keysOn: boolean }) {
  const media = player.video ? (
    <video
      ref={player.ref as RefObject<HTMLVideoElement>}
      src={player.src}
      className="player-video"
      preload="metadata"
    />
  ) : (
    <audio ref={player.ref as RefObject<HTMLAudioElement>} src={player.src} preload="metadata" />
  );
  return (
    <div className="player-bar" role="group" aria-label="Recording">
      {media}
      <button
        type="button"
        className="btn"
        onClick={player.toggle}
        aria-keyshortcuts={keysOn ? 'p' : undefined}
        title={keysOn ? 'Play or pause (P, while the transcript has focus)' : undefined}
      >
        {player.playing ? 'Pause' : 'Play'}
        {keysOn ? <kbd className="kbd">P</kbd> : null}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => player.skip(-5000)}
        aria-keyshortcuts={keysOn ? 'b' : undefined}
        title={keysOn ? 'Back 5 seconds (B)' : undefined}
      >
        Back 5 s{keysOn ? <kbd className="kbd">B</kbd> : null}
      </button>
      <span className="player-time">
        <span className="visually-hidden">Position </span>
        {formatClock(player.currentMs)}
        {player.durationMs ? <span className="muted"> / {formatClock(player.durationMs)}</span> : null}
      </span>
      <span className="muted player-hint">Click a timestamp to play from there.</span>
    </div>
  );
}
