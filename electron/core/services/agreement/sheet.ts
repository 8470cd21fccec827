/**
 * The agreement table as a spreadsheet: one row per tag and the pooled overall row, each coefficient
 * with the reason beside it when it is not defined, and a sheet of the disagreements listed.
 */
import type { AgreementFigures, AgreementReport } from '../../../../shared/domain/agreementReport';
import type { Cell, SheetBook } from '../export/sheets';

const UNIT_WORDS = { turn: 'turns', char: 'characters' } as const;

const figureCells = (f: AgreementFigures): Cell[] => [
  f.units,
  f.pairable,
  f.percent.value ?? '',
  f.kappa.value ?? '',
  f.alpha.value ?? '',
  [f.percent, f.kappa, f.alpha]
    .map((c, i) => (c.value === null ? `${['Percent', 'Kappa', 'Alpha'][i]}: ${c.why ?? 'not defined'}` : ''))
    .filter(Boolean)
    .join(' '),
];

/** `text` rewrites what the disagreements quote (turns, speakers, titles): the pseudonymiser, or as is. */
export function agreementBook(report: AgreementReport, text: (s: string) => string = (s) => s): SheetBook {
  const coderNames = new Map(report.coders.map((c) => [c.id, c.name]));
  const unit = UNIT_WORDS[report.unit];
  return [
    {
      name: 'Agreement',
      header: [
        'Tag',
        `Units (${unit})`,
        'Coded by two or more',
        'Percent agreement',
        'Cohen’s kappa',
        'Krippendorff’s alpha (nominal)',
        'Not defined because',
      ],
      rows: [
        ...report.tags.map((t) => [t.name, ...figureCells(t.figures)]),
        ['Overall (all tags pooled)', ...figureCells(report.overall)],
      ],
      widths: [32, 14, 14, 14, 14, 18, 48],
    },
    {
      name: 'Disagreements',
      header: ['Interview', 'Speaker', 'Turn', 'Tag', ...report.coders.map((c) => `${c.name}: coded`)],
      rows: report.disagreements.map((d) => [
        text(d.interviewTitle),
        text(d.speaker),
        text(d.text),
        d.tagName,
        ...report.coders.map((c) => {
          const on = d.coders.find((x) => x.coderId === c.id);
          if (!on) return `(${coderNames.get(c.id) ?? 'coder'} did not code this interview)`;
          return on.codings.map((k) => text(d.text.slice(k.start, k.end))).join(' | ') || '(not coded)';
        }),
      ]),
      widths: [24, 14, 60, 20, ...report.coders.map(() => 40)],
    },
  ];
}
