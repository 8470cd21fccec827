/** The current section lives in the URL hash (#/participants), so a reload keeps your place. */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SECTION, sectionById, type SectionId } from './sections';

function read(): SectionId {
  const id = window.location.hash.replace(/^#\/?/, '').replace(/\?.*$/, '').split('/')[0] ?? '';
  return sectionById(id)?.id ?? DEFAULT_SECTION;
}

export function useHashRoute(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(read);
  useEffect(() => {
    const onChange = () => setSection(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((id: SectionId) => {
    window.location.hash = `#/${id}`;
    setSection(id);
  }, []);
  return [section, go];
}

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}
