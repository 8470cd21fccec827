/** A horizontal bar for a share (0..1); decorative — the words beside it carry the number. */
export function ReachBar({ share, colour }: { share: number; colour?: string }) {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  return (
    <span className="reach-bar" aria-hidden="true">
      <span className="reach-bar-fill" style={{ width: `${pct}%`, ...(colour ? { backgroundColor: colour } : {}) }} />
    </span>
  );
}
