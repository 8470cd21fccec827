/** Link personas to the ICP: the shared AddPicker over the study's personas, fuzzy-filtered with fuse.js. */
import Fuse from 'fuse.js';
import { useCallback, useMemo } from 'react';
import type { PersonaSummary } from '../../../../shared/domain/persona';
import { AddPicker } from '../../ui/AddPicker';
import { PERSONA_KIND_WORDS } from './personaWords';

export function PersonaPicker({
  personas,
  linked,
  onAdd,
  onClose,
}: {
  personas: readonly PersonaSummary[];
  linked: ReadonlySet<number>;
  onAdd(p: PersonaSummary): void;
  onClose(): void;
}) {
  const fuse = useMemo(
    () =>
      new Fuse([...personas], {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'role', weight: 1 },
          { name: 'kindLabel', weight: 1, getFn: (p) => PERSONA_KIND_WORDS[p.kind] },
        ],
        threshold: 0.38,
        ignoreLocation: true,
      }),
    [personas],
  );
  // Empty filter: buyers first (the framework names them first), then by name.
  const filter = useCallback(
    (items: readonly PersonaSummary[], query: string) =>
      query.trim()
        ? fuse.search(query.trim()).map((r) => r.item)
        : [...items].sort(
            (a, b) => Number(a.kind === 'user') - Number(b.kind === 'user') || a.name.localeCompare(b.name),
          ),
    [fuse],
  );
  return (
    <AddPicker
      title="Link personas to the ICP"
      description="The buyer personas who decide at a matching company, and the user personas who use the product every day."
      filterLabel="Filter personas"
      listLabel="Personas"
      items={personas}
      filter={filter}
      keyOf={(p) => p.id}
      nameOf={(p) => p.name}
      render={(p) => (
        <>
          {p.name}
          <span className="muted"> · {[PERSONA_KIND_WORDS[p.kind], p.role].filter(Boolean).join(' · ')}</span>
        </>
      )}
      isAdded={(p) => linked.has(p.id)}
      addedLabel="In the ICP"
      onAdd={onAdd}
      empty={(query) =>
        personas.length === 0
          ? 'No personas yet. Create them on the Personas screen.'
          : `No persona matches “${query}”.`
      }
      footerHint={`${linked.size} in the ICP`}
      onClose={onClose}
    />
  );
}
