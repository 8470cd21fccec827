/**
 * Names as the screens show them, from the participants the app already lists: look a participant up
 * by id or by pseudonym (search hits and matrix labels carry only the pseudonym), label them for the
 * researcher or, in presentation mode, by pseudonym only — and in presentation mode pseudonymise free
 * text (quotes, interview titles) with the same pseudonymiser the exports use.
 */
import { useMemo } from 'react';
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
  /** Free text as it may be shown: unchanged for the researcher, pseudonymised when presenting. */
  text(value: string): string;
  company(name: string | null | undefined): string;
}

export function useNames(): Names {
  const presenting = usePresentationMode();
  const participants = useQuery('participants.list', {});
  const companies = useQuery('companies.list', {});
  return useMemo(() => {
    const list = participants.data ?? [];
    const byId = new Map(list.map((p) => [p.id, p]));
    const byCode = new Map(list.map((p) => [fold(p.pseudonym), p]));
    const ps = presenting
      ? makePseudonymiser({
          participants: list.map((p) => ({ ...p, companyName: p.companyName })),
          companies: companies.data ?? [],
        })
      : null;
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
      text: (value) => (ps ? ps.text(value) : value),
      company: (name) => (name ? (ps ? (ps.company(name) ?? '') : name) : ''),
    };
  }, [presenting, participants.data, companies.data]);
}
