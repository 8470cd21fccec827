/** The codebook alone -> REFI-QDA codebook XML (.qdc): the tag tree, colours, definitions, kinds as sets. */
import type { Database } from 'better-sqlite3';
import { TAG_KIND_LABELS, type TagKind } from '../../../../shared/domain/tag';
import { AppError } from '../../../../shared/errors';
import * as repo from '../../repos/refi';
import { nameGuid, refiGuid } from './guid';
import { ReportBuilder } from './report';
import { KIND_SET_PREFIX } from './vocabulary';
import { attrs, escText, sanitise } from './xml';
import { ORIGIN } from './exportProject';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export function buildCodebookExport(db: Database, fileName: string): { qdc: string; report: ReportBuilder } {
  const report = new ReportBuilder('export', fileName, ORIGIN);
  const tags = repo.allTags(db);
  if (tags.length === 0) throw new AppError('VALIDATION', 'The codebook is empty: add tags before exporting it.');
  const projectGuid = refiGuid(repo.projectMeta(db)['guid'] ?? 'project');
  const clean = (s: string): string => sanitise(s).text;
  const guidOf = new Map(tags.map((t) => [t.id, refiGuid(t.guid)]));
  const children = new Map<number | null, repo.TagRow[]>();
  for (const t of tags) children.set(t.parent_id, [...(children.get(t.parent_id) ?? []), t]);
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<CodeBook${attrs({ xmlns: CODEBOOK_NS, origin: ORIGIN })}><Codes>\n`,
  ];
  const write = (t: repo.TagRow): void => {
    const colour = /^#[0-9a-fA-F]{6}$/.test(t.colour) ? t.colour : undefined;
    out.push(`<Code${attrs({ guid: guidOf.get(t.id)!, name: clean(t.name), isCodable: 'true', color: colour })}>`);
    if (t.definition) out.push(`<Description>${escText(clean(t.definition))}</Description>`);
    for (const c of children.get(t.id) ?? []) write(c);
    out.push('</Code>\n');
  };
  for (const t of children.get(null) ?? []) write(t);
  out.push('</Codes>');
  const kinds = new Map<TagKind, string[]>();
  for (const t of tags)
    if (t.kind !== 'theme') kinds.set(t.kind as TagKind, [...(kinds.get(t.kind as TagKind) ?? []), guidOf.get(t.id)!]);
  if (kinds.size > 0) {
    out.push('<Sets>\n');
    for (const [kind, members] of kinds) {
      out.push(
        `<Set${attrs({ guid: nameGuid(`${projectGuid}:kind:${kind}`), name: `${KIND_SET_PREFIX}${TAG_KIND_LABELS[kind]}` })}>`,
      );
      for (const g of members) out.push(`<MemberCode guid="${g}"/>`);
      out.push('</Set>\n');
    }
    out.push('</Sets>');
  }
  out.push('</CodeBook>\n');
  report.carry('codes (tags, with hierarchy, colours and definitions)', tags.length);
  if (kinds.size) report.carry('sets (tag kinds)', kinds.size);
  const withExamples = tags.filter((t) => t.examples.trim()).length;
  if (withExamples)
    report.lose(
      'tag examples',
      'a REFI code has only a description; the definition travels there',
      undefined,
      withExamples,
    );
  return { qdc: out.join(''), report };
}
