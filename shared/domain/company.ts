/** A company (account): firmographics, technographics and business traits from the ICP template. */
import { z } from 'zod';
import { EpochMs, Guid, Id, name, text } from './common';
import { Aliases } from './participant';
import { BUYING_PROCESSES, GROWTH_STAGES, INFRASTRUCTURES, TECH_MATURITIES } from './framework';

export const CompanyFields = z.object({
  name: name('Company name'),
  /** Short names people use for it ("Acme" for "Acme Freight Group"); pseudonymised exports replace them. */
  aliases: Aliases,
  industry: text('Industry', 200).default(''),
  employeeRange: text('Company size', 100).default(''),
  annualRevenue: text('Annual revenue', 100).default(''),
  geography: text('Geography', 200).default(''),
  growthStage: z.enum(GROWTH_STAGES).default(''),
  currentStack: z.array(text('Tool', 100).min(1)).max(100).default([]),
  infrastructure: z.enum(INFRASTRUCTURES).default(''),
  techMaturity: z.enum(TECH_MATURITIES).default(''),
  buyingProcess: z.enum(BUYING_PROCESSES).default(''),
  contractValue: text('Expected contract value', 100).default(''),
  notes: text('Notes').default(''),
});

export const Company = CompanyFields.extend({
  id: Id,
  guid: Guid,
  createdAt: EpochMs,
  updatedAt: EpochMs,
  participantCount: z.number().int().nonnegative(),
});
export type Company = z.infer<typeof Company>;
export type CompanyInput = z.input<typeof CompanyFields>;
