/**
 * Pseudonyms for participants: short, neutral, memorable names so transcripts read naturally
 * without exposing who was interviewed. Deterministic: the first free name in a fixed order.
 */

const NAMES = [
  'Avery', 'Blake', 'Casey', 'Dana', 'Eden', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jordan',
  'Kai', 'Lane', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sage', 'Taylor',
  'Umber', 'Vale', 'Wren', 'Xen', 'Yael', 'Zion', 'Ari', 'Bay', 'Cam', 'Drew',
  'Ellis', 'Frankie', 'Gale', 'Hollis', 'Ira', 'Jules', 'Kit', 'Lee', 'Marlow', 'Nico',
] as const;

const INITIALS = 'ABCDEFGHJKLMNPRSTVWZ';

/** Returns the first candidate not in `taken` (compared lower-case). */
export function nextPseudonym(taken: ReadonlySet<string>): string {
  for (const initial of ['', ...INITIALS]) {
    for (const n of NAMES) {
      const candidate = initial ? `${n} ${initial}.` : n;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }
  // 840 names used: fall back to numbered ones, still unique.
  for (let i = 1; ; i++) {
    const candidate = `Participant ${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
