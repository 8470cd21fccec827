/**
 * The ideal customer profile as a cited document: the template's sections with their cited statements,
 * the scoring matrix (criteria, weights, what 5/3/1 mean), and the companies by weighted score and tier,
 * each citing the quotes behind its scores, and the buyer and user personas the profile contains.
 * Company names are replaced like any other name when
 * pseudonymised (citedDocument.ts).
 */
import { TIER_LABELS } from '../../../../shared/domain/icp';
import { ICP_SECTION_FIELDS, type IcpProfile } from '../../../../shared/domain/icpProfile';
import { citationNumbering, type CitedDocument, type DocItem } from './citedDocument';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function icpDocument(profile: IcpProfile, opts: { locale?: string; projectName?: string } = {}): CitedDocument {
  const { cite, citations } = citationNumbering(opts.locale);
  const { matrix } = profile;
  const profileSections = profile.sections
    .filter((s) => s.statements.length > 0)
    .map((s) => ({
      title: s.label,
      items: s.statements.map((st): DocItem => ({
        label: ICP_SECTION_FIELDS[s.section]?.find((f) => f.key === st.field)?.label ?? null,
        statement: st.statement,
        detail: [],
        note: st.citations.length ? '' : 'No quotes cited yet.',
        flag: st.citations.length ? null : 'assumption',
        citations: cite(st.citations),
      })),
    }));
  const criteria = matrix.criteria.map((c): DocItem => ({
    label: `${c.name} (${c.weight}%)`,
    statement:
      [c.ideal && `Ideal (5): ${c.ideal}`, c.good && `Good (3): ${c.good}`, c.poor && `Poor (1): ${c.poor}`]
        .filter(Boolean)
        .join(' · ') || 'No definitions yet.',
    detail: [],
    note: '',
    flag: null,
    citations: [],
  }));
  const ranked = [...matrix.rows].sort(
    (a, b) => (b.result.score ?? -1) - (a.result.score ?? -1) || a.companyName.localeCompare(b.companyName),
  );
  const companies = ranked.map((row): DocItem => {
    const { result } = row;
    const headline =
      result.score === null
        ? `Not fully scored (${result.scored} of ${matrix.criteria.length} criteria)`
        : `${result.score.toFixed(1)} — ${result.tier ? TIER_LABELS[result.tier] : 'no tier'}`;
    const detail = matrix.criteria
      .filter((c) => row.cells[c.id])
      .map((c) => {
        const cell = row.cells[c.id]!;
        return `${c.name}: ${cell.score}${cell.note ? ` — ${cell.note}` : ''}`;
      });
    if (result.disqualifiedBy.length) detail.push(`Disqualified by: ${result.disqualifiedBy.join('; ')}`);
    const cellCitations = matrix.criteria.flatMap((c) => profile.scoreCitations[row.companyId]?.[c.id] ?? []);
    return {
      label: row.companyName,
      statement: headline,
      detail,
      note: row.industry ? `Industry: ${row.industry}` : '',
      flag: result.tier === 'disqualified' ? 'disqualified' : null,
      citations: cite(cellCitations),
    };
  });
  // The framework: the company holds several buyer personas, who may differ from the daily users.
  const personas = profile.personas.map((p): DocItem => ({
    label: p.kind === 'buyer' ? 'Buyer persona' : 'User persona',
    statement: p.name,
    detail: [p.role && `Role: ${p.role}`, p.tier !== null && `Tier ${p.tier}`].filter((d): d is string => !!d),
    note: '',
    flag: null,
    citations: [],
  }));
  const tiers = matrix.rows.reduce<Record<string, number>>((acc, r) => {
    if (r.result.tier) acc[r.result.tier] = (acc[r.result.tier] ?? 0) + 1;
    return acc;
  }, {});
  const statements = profile.sections.reduce((n, s) => n + s.statements.length, 0);
  const uncited = profile.sections.reduce(
    (n, s) => n + s.statements.filter((st) => st.citations.length === 0).length,
    0,
  );
  return {
    kind: 'ideal customer profile',
    title: 'Ideal customer profile',
    subtitle: opts.projectName ?? '',
    facts: [
      ['Statements', plural(statements, 'statement')],
      [
        'Personas',
        profile.personas.length
          ? `${plural(profile.personas.filter((p) => p.kind === 'buyer').length, 'buyer')}, ${plural(profile.personas.filter((p) => p.kind === 'user').length, 'user')}`
          : 'None linked yet',
      ],
      ['Criteria', matrix.criteria.map((c) => `${c.name} ${c.weight}%`).join(', ') || 'None yet'],
      ['Companies', plural(matrix.rows.length, 'company', 'companies')],
      [
        'Tiers',
        Object.keys(TIER_LABELS)
          .filter((t) => tiers[t])
          .map((t) => `${TIER_LABELS[t as keyof typeof TIER_LABELS].split(' — ')[0]}: ${tiers[t]}`)
          .join(', ') || 'No company fully scored yet',
      ],
    ],
    sections: [
      ...profileSections,
      ...(personas.length ? [{ title: 'Personas in this profile', items: personas }] : []),
      ...(criteria.length ? [{ title: 'Scoring matrix', items: criteria }] : []),
      ...(companies.length ? [{ title: 'Companies by score', items: companies }] : []),
    ],
    citations,
    checklist: [],
    warnings: [
      ...(matrix.weightProblem ? [matrix.weightProblem] : []),
      ...(uncited
        ? [
            `${plural(uncited, 'statement')} cite${uncited === 1 ? 's' : ''} no quotes yet: treat ${uncited === 1 ? 'it' : 'them'} as assumptions.`,
          ]
        : []),
    ],
  };
}
