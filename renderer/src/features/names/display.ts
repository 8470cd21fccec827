/**
 * How a participant is named on screen: in the researcher's own workspace the real name with the
 * pseudonym beside it; in presentation mode (or when no real name is known) the pseudonym alone.
 */

export interface NamedParticipant {
  realName: string;
  pseudonym: string;
}

/** The name alone: the real name, or the pseudonym when presenting or when the real name is unknown. */
export function personTitle(p: NamedParticipant, presenting: boolean): string {
  return !presenting && p.realName.trim() ? p.realName.trim() : p.pseudonym;
}

/** One line for lists, options and tooltips: "Dana Whitfield (P03)", or "P03" when presenting. */
export function personLabel(p: NamedParticipant, presenting: boolean): string {
  const title = personTitle(p, presenting);
  return title === p.pseudonym ? title : `${title} (${p.pseudonym})`;
}
