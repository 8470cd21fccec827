/**
 * Names as the screens show them, from the participants the app already lists: look a participant up
 * by id or by pseudonym (search hits and matrix labels carry only the pseudonym), label them for the
 * researcher or, in presentation mode, by pseudonym only — and in presentation mode pseudonymise free
 * text (quotes, interview titles) with the same pseudonymiser the exports use.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Participant } from '../../../../shared/domain/participant';
import { fold } from '../../../../shared/domain/nameFold';
import { makePseudonymiser } from '../../../../shared/domain/pseudonymise';
import { useQuery } from '../../api/hooks';
import { personLabel, personTitle } from './display';
import { usePresentationMode } from './presentationMode';

export interface Names {
  presenting: boolean;
  participant(id: number | null | undefined): Participant | undefined;
  byPseudonym(pseudonym: string | null | undefined): Participant | undefined;
  /** "Dana Whitfield (P03)", or "P03" when presenting; `fallback` when the participant is unknown. */
  label(id: number | null | undefined, fallback?: string | null): string;
  /** The name alone: the real name, or the pseudonym when presenting. */
  title(id: number | null | undefined, fallback?: string | null): string;
  /** A label that may be a pseudonym (a search hit's speaker): relabelled when it is one. */
  speaker(label: string | null | undefined): string;
  /**
   * A transcript's speaker: the participant it is mapped to, else the file's label — or, when
   * presenting, the role ("Interviewer"), since an unmapped label is usually a real name.
   */
  transcriptSpeaker(s: {
    participantId: number | null;
    participantPseudonym: string | null;
    label: string;
    role: string;
  }): string;
  /** Free text as it may be shown: unchanged for the researcher, pseudonymised when presenting. */
  text(value: string): string;
  company(name: string | null | undefined): string;
}

/** Outside the app's provider (a component rendered alone): pseudonyms as the data carries them. */
const AS_GIVEN: Names = {
  presenting: false,
  participant: () => undefined,
  byPseudonym: () => undefined,
  label: (_id, fallback) => fallback ?? '',
  title: (_id, fallback) => fallback ?? '',
  speaker: (label) => label ?? '',
  transcriptSpeaker: (s) => s.participantPseudonym ?? s.label,
  text: (value) => value,
  company: (name) => name ?? '',
};

const NamesContext = createContext<Names>(AS_GIVEN);

export function useNames(): Names {
  return useContext(NamesContext);
}

/** Builds the names once for the whole app (one pseudonymiser, rebuilt when people or companies change). */
export function NamesProvider({ children }: { children: ReactNode }) {
  const presenting = usePresentationMode();
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const companies = useQuery('companies.list', {}, { errors: 'toast' });
  const interviews = useQuery('interviews.list', {}, { errors: 'toast' });
  const value = useMemo((): Names => {
    const list = participants.data ?? [];
    const byId = new Map(list.map((p) => [p.id, p]));
    const byCode = new Map(list.map((p) => [fold(p.pseudonym), p]));
    const ps = presenting ? makePseudonymiser({ participants: list, companies: companies.data ?? [] }) : null;
    const unknown = (fallback: string | null | undefined) => (ps ? ps.text(fallback ?? '') : (fallback ?? ''));
    return {
      presenting,
      participant: (id) => (id == null ? undefined : byId.get(id)),
      byPseudonym: (pseudonym) => (pseudonym ? byCode.get(fold(pseudonym)) : undefined),
      label: (id, fallback) => {
        const p = id == null ? undefined : byId.get(id);
        return p ? personLabel(p, presenting) : unknown(fallback);
      },
      title: (id, fallback) => {
        const p = id == null ? undefined : byId.get(id);
        return p ? personTitle(p, presenting) : unknown(fallback);
      },
      speaker: (label) => {
        const p = label ? byCode.get(fold(label)) : undefined;
        return p ? personLabel(p, presenting) : unknown(label);
      },
      transcriptSpeaker: (s) => {
        const p = s.participantId === null ? undefined : byId.get(s.participantId);
        if (p) return personLabel(p, presenting);
        if (!presenting) return s.participantPseudonym ?? s.label;
        return s.role === 'interviewer' ? 'Interviewer' : s.role === 'other' ? 'Other speaker' : 'Unmapped speaker';
      },
      text: (value) => (ps ? ps.text(value) : value),
      company: (name) => (name ? (ps ? (ps.company(name) ?? '') : name) : ''),
    };
  }, [presenting, participants.data, companies.data, interviews.data]);
  return <NamesContext.Provider value={value}>{children}</NamesContext.Provider>;
}

/** What a quote or citation carries about who said it. */
export interface SaidBy {
  participantId?: number | null;
  participantPseudonym?: string | null;
  speakerLabel?: string | null;
}

/** "Who said it" for quote cards, citations and the inspector, by the same rule everywhere. */
export function useWho(): (said: SaidBy, unknown?: string) => string {
  const names = useNames();
  return useMemo(
    () =>
      (said, unknown = 'Unknown speaker') =>
        names.label(
          said.participantId ?? names.byPseudonym(said.participantPseudonym)?.id,
          said.participantPseudonym ?? said.speakerLabel ?? unknown,
        ),
    [names],
  );
}
