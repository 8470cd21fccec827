/** A persona's page lives at #/personas/<id>; the list at #/personas. */
import { useEffect, useState } from 'react';

export function personaHref(id: number): string {
  return `#/personas/${id}`;
}

function read(): number | null {
  const match = /^#\/personas\/(\d+)/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

export function usePersonaRoute(): number | null {
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}
