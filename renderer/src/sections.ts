/** The sidebar's sections, in the order a study moves through them. */
import type { IconName } from './ui/Icon';

export type SectionId =
  | 'plan'
  | 'interviews'
  | 'participants'
  | 'companies'
  | 'segments'
  | 'questions'
  | 'codebook'
  | 'quotes'
  | 'synthesis'
  | 'personas'
  | 'jobs'
  | 'icp'
  | 'agreement'
  | 'search';

export interface Section {
  id: SectionId;
  label: string;
  icon: IconName;
}

export const SECTIONS: readonly Section[] = [
  { id: 'plan', label: 'Research plan', icon: 'plan' },
  { id: 'interviews', label: 'Interviews', icon: 'interviews' },
  { id: 'participants', label: 'Participants', icon: 'participants' },
  { id: 'companies', label: 'Companies', icon: 'companies' },
  { id: 'segments', label: 'Segments', icon: 'segments' },
  {
    id: 'questions',
    label: 'Question bank',
    icon: 'questions',
  },
  {
    id: 'codebook',
    label: 'Codebook',
    icon: 'codebook',
  },
  {
    id: 'quotes',
    label: 'Quotes',
    icon: 'quotes',
  },
  {
    id: 'synthesis',
    label: 'Synthesis',
    icon: 'synthesis',
  },
  {
    id: 'personas',
    label: 'Personas',
    icon: 'personas',
  },
  { id: 'jobs', label: 'Jobs', icon: 'jobs' },
  {
    id: 'icp',
    label: 'ICP',
    icon: 'icp',
  },
  // Shown once the project lists two coders (visibleSections): agreement needs two.
  { id: 'agreement', label: 'Agreement', icon: 'agreement' },
  {
    id: 'search',
    label: 'Search',
    icon: 'search',
  },
];

/** The sections worth offering: Agreement only once there are two coders to compare. */
export function visibleSections(coderCount: number): readonly Section[] {
  return coderCount >= 2 ? SECTIONS : SECTIONS.filter((s) => s.id !== 'agreement');
}

export const DEFAULT_SECTION: SectionId = 'interviews';

export function sectionById(id: string): Section | undefined {
  return SECTIONS.find((section) => section.id === id);
}
