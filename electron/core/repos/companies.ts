/** Companies table access. */
import type { Database } from 'better-sqlite3';
import type { Company } from '../../../shared/domain/company';
import { jsonArray, stmt } from '../db/sql';

export type CompanyRecord = Omit<Company, 'id' | 'guid' | 'createdAt' | 'updatedAt' | 'participantCount'>;

interface Row {
  id: number;
  guid: string;
  name: string;
  aliases: string;
  industry: string;
  employee_range: string;
  annual_revenue: string;
  geography: string;
  growth_stage: Company['growthStage'];
  current_stack: string;
  infrastructure: Company['infrastructure'];
  tech_maturity: Company['techMaturity'];
  buying_process: Company['buyingProcess'];
  contract_value: string;
  notes: string;
  created_at: number;
  updated_at: number;
  participant_count: number;
}

const SELECT = `SELECT c.*, (SELECT count(*) FROM participants p WHERE p.company_id = c.id) AS participant_count
  FROM companies c`;

function toCompany(r: Row): Company {
  return {
    id: r.id,
    guid: r.guid,
    name: r.name,
    aliases: jsonArray(r.aliases),
    industry: r.industry,
    employeeRange: r.employee_range,
    annualRevenue: r.annual_revenue,
    geography: r.geography,
    growthStage: r.growth_stage,
    currentStack: jsonArray(r.current_stack),
    infrastructure: r.infrastructure,
    techMaturity: r.tech_maturity,
    buyingProcess: r.buying_process,
    contractValue: r.contract_value,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    participantCount: r.participant_count,
  };
}

function params(c: CompanyRecord) {
  return {
    name: c.name,
    aliases: JSON.stringify(c.aliases),
    industry: c.industry,
    employee_range: c.employeeRange,
    annual_revenue: c.annualRevenue,
    geography: c.geography,
    growth_stage: c.growthStage,
    current_stack: JSON.stringify(c.currentStack),
    infrastructure: c.infrastructure,
    tech_maturity: c.techMaturity,
    buying_process: c.buyingProcess,
    contract_value: c.contractValue,
    notes: c.notes,
  };
}

export function listCompanies(db: Database): Company[] {
  return (stmt(db, `${SELECT} ORDER BY c.name COLLATE NOCASE`).all() as Row[]).map(toCompany);
}

export function getCompany(db: Database, id: number): Company | undefined {
  const row = stmt(db, `${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  return row && toCompany(row);
}

export function findCompanyByName(db: Database, name: string): { id: number } | undefined {
  return stmt(db, 'SELECT id FROM companies WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

export function insertCompany(db: Database, guid: string, at: number, c: CompanyRecord): number {
  const info = stmt(
    db,
    `INSERT INTO companies (guid, name, aliases, industry, employee_range, annual_revenue, geography, growth_stage,
       current_stack, infrastructure, tech_maturity, buying_process, contract_value, notes, created_at, updated_at)
     VALUES (@guid, @name, @aliases, @industry, @employee_range, @annual_revenue, @geography, @growth_stage,
       @current_stack, @infrastructure, @tech_maturity, @buying_process, @contract_value, @notes, @at, @at)`,
  ).run({ ...params(c), guid, at });
  return Number(info.lastInsertRowid);
}

export function updateCompany(db: Database, id: number, at: number, c: CompanyRecord): void {
  stmt(
    db,
    `UPDATE companies SET name = @name, aliases = @aliases, industry = @industry, employee_range = @employee_range,
       annual_revenue = @annual_revenue, geography = @geography, growth_stage = @growth_stage,
       current_stack = @current_stack, infrastructure = @infrastructure, tech_maturity = @tech_maturity,
       buying_process = @buying_process, contract_value = @contract_value, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(c), id, at });
}

/** Every company's name and aliases, for the clash rules and the pseudonymiser. */
export function companyNames(db: Database): { id: number; name: string; aliases: string[] }[] {
  return (
    stmt(db, 'SELECT id, name, aliases FROM companies ORDER BY id').all() as {
      id: number;
      name: string;
      aliases: string;
    }[]
  ).map((r) => ({ id: r.id, name: r.name, aliases: jsonArray(r.aliases) }));
}

export function deleteCompany(db: Database, id: number): void {
  stmt(db, 'DELETE FROM companies WHERE id = ?').run(id);
}

export function companyUsage(db: Database, id: number): { participants: number; scores: number } {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM participants WHERE company_id = ?) AS participants,
            (SELECT count(*) FROM company_scores WHERE company_id = ?) AS scores`,
  ).get(id, id) as { participants: number; scores: number };
}
