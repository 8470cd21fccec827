/**
 * What a document import would store, row by row, read against the project as it is (pure reads):
 * each row's date, who wrote it (an existing participant by e-mail, then by name, alias or pseudonym;
 * else a new participant; else nobody) and their company. Commit recomputes it, so a stale preview
 * cannot write over a change made since.
 */
import type { DocumentMapping, DocumentPreview, DocumentRowPlan } from '../../../../shared/domain/document';
import { spellings } from '../../../../shared/domain/names';
import type { ProjectContext } from '../../context';
import { listCompanies } from '../../repos/companies';
import { listParticipants } from '../../repos/participants';
import type { CrmTable } from '../crm/readTable';
import { parseRowDate } from './rowDate';

export interface PlannedDocumentRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  text: string;
  date: number | null;
  /** The key of the person in `people`, or null: the row counts for nobody. */
  personKey: string | null;
}

export interface PlannedPerson {
  key: string;
  /** As the file first names them: the speaker label of their rows. */
  label: string;
  existingId: number | null;
  realName: string;
  email: string;
  /** Folded company key into `companies`, for a new participant. */
  companyKey: string | null;
}

export interface PlannedCompany {
  key: string;
  name: string;
  existingId: number | null;
}

export interface DocumentPlan {
  rows: PlannedDocumentRow[];
  people: Map<string, PlannedPerson>;
  companies: Map<string, PlannedCompany>;
  empty: number;
  undated: number[];
}

const nameKey = (name: string) => spellings(name)[0]?.join(' ') ?? '';

export function planDocument(ctx: ProjectContext, table: CrmTable, mapping: DocumentMapping): DocumentPlan {
  const col = (h: string | undefined) => (h ? table.headers.indexOf(h) : -1);
  const [textAt, dateAt, nameAt, emailAt, companyAt] = [
    mapping.text,
    mapping.date,
    mapping.participant,
    mapping.email,
    mapping.company,
  ].map(col) as [number, number, number, number, number];

  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const p of listParticipants(ctx.db)) {
    if (p.email) byEmail.set(p.email.toLowerCase(), p.id);
    for (const n of [p.realName, p.pseudonym, ...p.aliases]) {
      const k = nameKey(n);
      if (k && !byName.has(k)) byName.set(k, p.id);
    }
  }
  const companyByName = new Map<string, number>();
  for (const c of listCompanies(ctx.db))
    for (const n of [c.name, ...c.aliases]) {
      const k = nameKey(n);
      if (k && !companyByName.has(k)) companyByName.set(k, c.id);
    }

  const people = new Map<string, PlannedPerson>();
  /** A name seen first with an e-mail: later rows giving only the name are the same person. */
  const keyByName = new Map<string, string>();
  const companies = new Map<string, PlannedCompany>();
  const rows: PlannedDocumentRow[] = [];
  const undated: number[] = [];
  let empty = 0;
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const text = textAt >= 0 ? cells[textAt]! : '';
    if (text === '') {
      empty++;
      return;
    }
    const parsed = dateAt >= 0 ? parseRowDate(cells[dateAt]!) : null;
    if (parsed === 'unreadable') undated.push(row);
    const name = nameAt >= 0 ? cells[nameAt]! : '';
    const email = emailAt >= 0 ? cells[emailAt]!.toLowerCase() : '';
    const company = companyAt >= 0 ? cells[companyAt]! : '';
    rows.push({ row, text, date: parsed === 'unreadable' ? null : parsed, personKey: person(name, email, company) });
  });
  return { rows, people, companies, empty, undated };

  /** The person a row names, found or planned once per e-mail or folded name. */
  function person(name: string, email: string, company: string): string | null {
    const folded = nameKey(name);
    if (!email && !folded) return null;
    const key = email ? `e:${email}` : `n:${folded}`;
    const known = people.get(key);
    if (known) return known.key;
    // The same name seen before: the same person, unless both rows give different e-mail addresses.
    const named = folded ? people.get(keyByName.get(folded) ?? '') : undefined;
    if (named && (!email || !named.email)) {
      if (email && !named.email) {
        named.email = email;
        if (named.existingId === null) named.existingId = byEmail.get(email) ?? null;
      }
      return named.key;
    }
    if (folded && !keyByName.has(folded)) keyByName.set(folded, key);
    const existingId = (email ? byEmail.get(email) : undefined) ?? (folded ? byName.get(folded) : undefined) ?? null;
    people.set(key, {
      key,
      label: name || email,
      existingId,
      realName: name || email,
      email,
      companyKey: existingId === null ? companyOf(company) : null,
    });
    return key;
  }

  function companyOf(name: string): string | null {
    const key = nameKey(name);
    if (!key) return null;
    if (!companies.has(key)) companies.set(key, { key, name, existingId: companyByName.get(key) ?? null });
    return key;
  }
}

const SAMPLE = 20;

export function documentPreviewOf(
  stagingId: string,
  fileName: string,
  rowCount: number,
  plan: DocumentPlan,
): DocumentPreview {
  const people = [...plan.people.values()];
  const rows: DocumentRowPlan[] = plan.rows.slice(0, SAMPLE).map((r) => {
    const p = r.personKey ? plan.people.get(r.personKey)! : null;
    return {
      row: r.row,
      date: r.date,
      participant: p?.label ?? '',
      person: p === null ? 'none' : p.existingId === null ? 'new' : 'existing',
      company: p?.companyKey ? plan.companies.get(p.companyKey)!.name : '',
      text: r.text.length > 300 ? `${r.text.slice(0, 299)}…` : r.text,
    };
  });
  const unattributed = plan.rows.filter((r) => r.personKey === null).length;
  const warnings: string[] = [];
  if (plan.undated.length)
    warnings.push(
      `${plan.undated.length} row${plan.undated.length === 1 ? '' : 's'} with a date that could not be read (row${plan.undated.length === 1 ? '' : 's'} ${plan.undated.slice(0, 5).join(', ')}${plan.undated.length > 5 ? '…' : ''}): stored without a date.`,
    );
  if (unattributed)
    warnings.push(
      `${unattributed} row${unattributed === 1 ? ' names' : 's name'} nobody: they can be read and coded, but count as evidence only once a participant is mapped to them.`,
    );
  return {
    stagingId,
    fileName,
    counts: {
      rows: rowCount,
      imported: plan.rows.length,
      empty: plan.empty,
      undated: plan.undated.length,
      unattributed,
      existingParticipants: people.filter((p) => p.existingId !== null).length,
      newParticipants: people.filter((p) => p.existingId === null).length,
      newCompanies: [...plan.companies.values()].filter((c) => c.existingId === null).length,
    },
    rows,
    warnings,
  };
}
