/** Interview mode lives at #/interviews/<id>/live. */
import { useEffect, useState } from 'react';

export function parseLiveHash(hash: string): number | null {
  const match = /^#\/interviews\/(\d+)\/live(?:\?.*)?$/.exec(hash);
  return match ? Number(match[1]) : null;
}

export function liveHref(interviewId: number): string {
  return `#/interviews/${interviewId}/live`;
}

export function useLiveRoute(): number | null {
  const [id, setId] = useState(() => parseLiveHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setId(parseLiveHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}
