/** Generated, realistic-looking transcripts for the benchmarks (deterministic: seeded). */

const OPENERS = ['So', 'Honestly', 'Well', 'Right, so', 'I think', 'The thing is', 'Yeah,', 'Basically'];
const SUBJECTS = [
  'the invoice run',
  'our carrier portal',
  'month-end close',
  'the approval chain',
  'detention charges',
  'the ERP export',
  'our finance team',
  'the weekly report',
];
const VERBS = ['takes', 'breaks', 'slows down', 'eats up', 'blocks', 'duplicates', 'hides', 'complicates'];
const OBJECTS = [
  'about four hours every Monday',
  'anything we send to the auditors',
  'two people for a full day',
  'the numbers the CFO sees',
  'every dispute we open',
  'half of our reconciliations',
];
const QUESTIONS = [
  'Can you walk me through that?',
  'What happened next?',
  'How often does that happen?',
  'Who else is involved there?',
  'What have you tried so far?',
  'How much does that cost you?',
];

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

function sentence(r: () => number): string {
  return `${pick(r, OPENERS)} ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}.`;
}

function stamp(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const milli = ms % 1000;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}.${p(milli, 3)}`;
}

/** A Teams-style WebVTT of `cues` cues over about two hours, interviewer and participant alternating in runs. */
export function twoHourVtt(seed: number, cues = 1800, participant = 'Okafor, Tom'): string {
  const r = seeded(seed);
  const parts = ['WEBVTT', ''];
  let t = 1000;
  let speaker = 'Chen, Maya';
  for (let i = 0; i < cues; i++) {
    if (r() < 0.35) speaker = speaker === 'Chen, Maya' ? participant : 'Chen, Maya';
    const text = speaker === 'Chen, Maya' ? pick(r, QUESTIONS) : sentence(r);
    const len = 2500 + Math.floor(r() * 2500);
    parts.push(`${seed.toString(16)}-${i}/0`, `${stamp(t)} --> ${stamp(t + len)}`, `<v ${speaker}>${text}</v>`, '');
    t += len + 100;
  }
  return parts.join('\n');
}
