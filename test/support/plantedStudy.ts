/**
 * A 12-interview study with known truth: each participant mentions planted pain points and goals,
 * and the interviewer repeats some of them (which must never count). Built through the contract.
 */
import type { Participant } from '../../shared/domain/participant';
import type { Tag } from '../../shared/domain/tag';
import { importTurns, type Caller } from './study';

/** tag -> participants (1-based) who mention it, and the intensity they give it. */
export const PLANTED = {
  'Slow exports': { kind: 'pain_point', who: [1, 2, 3, 4, 5, 6, 7, 8], intensity: 3 },
  'Audit anxiety': { kind: 'pain_point', who: [7, 8, 9, 10, 11, 12], intensity: 4 },
  'Manual reconciliation': { kind: 'pain_point', who: [1, 2, 3, 4, 5, 9], intensity: 2 },
  'Vendor lock-in': { kind: 'objection', who: [2, 4, 6], intensity: null },
  'Close books faster': { kind: 'goal', who: [1, 2, 3, 4, 5, 6, 7], intensity: null },
  'Pass audits first time': { kind: 'goal', who: [8, 9, 10, 11, 12], intensity: null },
} as const;
export type PlantedName = keyof typeof PLANTED;

const SAYS: Record<PlantedName, string> = {
  'Slow exports': 'The export from our ERP takes hours every single week.',
  'Audit anxiety': 'Every audit season I lose sleep over missing paperwork.',
  'Manual reconciliation': 'We reconcile the carrier invoices by hand in a spreadsheet.',
  'Vendor lock-in': 'I worry we could never leave a vendor once our data is in.',
  'Close books faster': 'I want the month closed in three days, not ten.',
  'Pass audits first time': 'My goal is a clean audit with no follow-up questions.',
};

export interface PlantedStudy {
  tags: Record<PlantedName, Tag>;
  participants: Participant[];
  segments: { midMarket: number; enterprise: number };
  interviewIds: number[];
}

export async function buildPlantedStudy(t: Caller): Promise<PlantedStudy> {
  const tags = {} as Record<PlantedName, Tag>;
  for (const [name, p] of Object.entries(PLANTED))
    tags[name as PlantedName] = await t.call('tags.create', { name, kind: p.kind });
  const midMarket = (await t.call('segments.create', { name: 'Mid-market', approach: 'firmographic' })).id;
  const enterprise = (await t.call('segments.create', { name: 'Enterprise', approach: 'firmographic' })).id;
  const interviewIds: number[] = [];
  for (let n = 1; n <= 12; n++) {
    const mine = (Object.keys(PLANTED) as PlantedName[]).filter((k) =>
      (PLANTED[k].who as readonly number[]).includes(n),
    );
    const turns = [{ speaker: 'Maya', text: 'Thanks for making time. How does month end go for you?' }];
    for (const k of mine) {
      turns.push({ speaker: `Person ${n}`, text: SAYS[k] });
      // The interviewer echoes it back: quoted and tagged below, yet it must never count.
      turns.push({ speaker: 'Maya', text: `So you said: ${SAYS[k]} Is that right?` });
    }
    turns.push({ speaker: `Person ${n}`, text: 'That is about it, really.' });
    const tr = await importTurns(t, `Interview ${n}`, turns, Date.UTC(2026, 0, n));
    interviewIds.push(tr.interviewId);
    for (const k of mine) {
      for (const turn of tr.turns) {
        const at = turn.text.indexOf(SAYS[k]);
        if (at < 0) continue;
        const q = await t.call('quotes.create', {
          interviewId: tr.interviewId,
          start: { turnId: turn.id, offset: at },
          end: { turnId: turn.id, offset: at + SAYS[k].length },
          tagIds: [],
        });
        await t.call('codings.apply', { quoteId: q.id, tagId: tags[k].id, intensity: PLANTED[k].intensity });
      }
    }
  }
  const participants = (await t.call('participants.list')).sort((a, b) =>
    a.realName.localeCompare(b.realName, 'en', { numeric: true }),
  );
  for (const p of participants) {
    const n = Number(p.realName.replace('Person ', ''));
    await t.call('participants.update', {
      id: p.id,
      patch: { segmentId: n <= 6 ? midMarket : enterprise, consent: 'written' },
    });
  }
  return { tags, participants: await t.call('participants.list'), segments: { midMarket, enterprise }, interviewIds };
}
