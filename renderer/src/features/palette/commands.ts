/** What the command palette can find: places, records and commands, each with what Enter does. */
import type { Interview } from '../../../../shared/domain/interview';
import type { Question } from '../../../../shared/domain/guide';
import type { Participant } from '../../../../shared/domain/participant';
import type { PersonaSummary } from '../../../../shared/domain/persona';
import type { Tag } from '../../../../shared/domain/tag';
import { visibleSections } from '../../sections';
import { setSingleKeyShortcuts, singleKeyShortcutsOn } from '../../keys/keyPrefs';
import { PRESENTATION_SHORTCUT } from '../names/PresentationToggle';
import { togglePresentationMode } from '../names/presentationMode';
import type { Names } from '../names/useNames';
import { codebookTagHref, openWorkspace, personaHref, quotesHref, sectionHref } from '../../routes';

export interface PaletteItem {
  id: string;
  kind: 'Command' | 'Go to' | 'Interview' | 'Participant' | 'Tag' | 'Persona' | 'Question';
  label: string;
  detail: string;
  /** More words the item is found by (a participant's other names and e-mail), not shown. */
  keywords?: string;
  run(): void;
}

export interface PaletteSources {
  interviews: readonly Interview[];
  participants: readonly Participant[];
  tags: readonly Tag[];
  personas: readonly PersonaSummary[];
  questions: readonly Question[];
  /** How people are named: real names for the researcher, pseudonyms in presentation mode. */
  names: Pick<Names, 'presenting' | 'label' | 'text'>;
  /** How many coders the project lists (Agreement is offered from two). */
  coderCount?: number;
  undo(): void;
  redo(): void;
}

export function paletteItems(src: PaletteSources): PaletteItem[] {
  const go = (hash: string) => () => {
    window.location.hash = hash;
  };
  const keysOn = singleKeyShortcutsOn();
  const items: PaletteItem[] = [
    { id: 'cmd-undo', kind: 'Command', label: 'Undo the last coding action', detail: 'Ctrl+Z', run: src.undo },
    { id: 'cmd-redo', kind: 'Command', label: 'Redo', detail: 'Ctrl+Shift+Z', run: src.redo },
    {
      id: 'cmd-keys',
      kind: 'Command',
      label: keysOn ? 'Turn single-key shortcuts off' : 'Turn single-key shortcuts on',
      detail: 'T, 1–9, S, P, B, E in the transcript',
      run: () => setSingleKeyShortcuts(!keysOn),
    },
    {
      id: 'cmd-presentation',
      kind: 'Command',
      label: src.names.presenting
        ? 'Turn presentation mode off (show real names)'
        : 'Turn presentation mode on (pseudonyms only)',
      detail: PRESENTATION_SHORTCUT,
      keywords: 'screen share sharing pseudonymise hide names',
      run: togglePresentationMode,
    },
    {
      id: 'cmd-search',
      kind: 'Command',
      label: 'Search transcripts, quotes and notes',
      detail: '/',
      run: go(sectionHref('search')),
    },
    ...visibleSections(src.coderCount ?? 0).map((s) => ({
      id: `go-${s.id}`,
      kind: 'Go to' as const,
      label: s.label,
      detail: '',
      run: go(sectionHref(s.id)),
    })),
    ...src.interviews.map((i) => ({
      id: `interview-${i.id}`,
      kind: 'Interview' as const,
      label: src.names.text(i.title),
      detail: i.participants.map((p) => src.names.label(p.id, p.pseudonym)).join(', '),
      run: () => (i.segmentCount > 0 ? openWorkspace(i.id) : go(sectionHref('interviews'))()),
    })),
    ...src.participants.map((p) => ({
      id: `participant-${p.id}`,
      kind: 'Participant' as const,
      label: src.names.label(p.id, p.pseudonym),
      detail: [p.role, p.companyName ?? ''].filter(Boolean).map(src.names.text).join(' · '),
      keywords: src.names.presenting ? '' : [...p.aliases, p.email].join(' '),
      run: go(quotesHref({ participant: p.id })),
    })),
    ...src.tags
      .filter((t) => !t.archived)
      .map((t) => ({
        id: `tag-${t.id}`,
        kind: 'Tag' as const,
        label: t.name,
        detail: t.path !== t.name ? t.path : '',
        run: go(codebookTagHref(t.id)),
      })),
    ...src.personas.map((p) => ({
      id: `persona-${p.id}`,
      kind: 'Persona' as const,
      label: p.name,
      detail: [p.kind === 'buyer' ? 'Buyer persona' : 'User persona', p.tier ? `Tier ${p.tier}` : '']
        .filter(Boolean)
        .join(' · '),
      run: go(personaHref(p.id)),
    })),
    ...src.questions
      .filter((q) => !q.archived)
      .map((q) => ({
        id: `question-${q.id}`,
        kind: 'Question' as const,
        label: q.text,
        detail: 'Question bank',
        run: go('#/questions'),
      })),
  ];
  return items;
}
