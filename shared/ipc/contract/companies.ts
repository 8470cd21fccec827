/** Companies. */
import { z } from 'zod';
import { DeleteImpact, Id, IdInput, patchOf } from '../../domain/common';
import { Company, CompanyFields } from '../../domain/company';
import { method } from '../method';

export const companyMethods = {
  'companies.list': method(z.object({}), z.array(Company), { writes: false }),
  'companies.get': method(IdInput, Company, { writes: false }),
  'companies.create': method(CompanyFields, Company, { writes: true }),
  'companies.update': method(z.object({ id: Id, patch: patchOf(CompanyFields) }), Company, { writes: true }),
  'companies.deleteImpact': method(IdInput, DeleteImpact, { writes: false }),
  'companies.delete': method(IdInput, z.object({ deleted: Id }), { writes: true }),
} as const;
