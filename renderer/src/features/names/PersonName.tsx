/** A participant's name on screen: real name with the pseudonym beside it, or the pseudonym alone when presenting. */
import { personTitle, type NamedParticipant } from './display';

export function PersonName({ person, presenting }: { person: NamedParticipant; presenting: boolean }) {
  const title = personTitle(person, presenting);
  if (title === person.pseudonym) return <span className="person-code">{person.pseudonym}</span>;
  return (
    <span className="person">
      <span className="person-name">{title}</span> <span className="person-code">{person.pseudonym}</span>
    </span>
  );
}
