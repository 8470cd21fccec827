/** companies.* methods. */
import type { companyMethods } from '../../../../shared/ipc/contract/companies';
import { getCompany, listCompanies } from '../../repos/companies';
import * as companies from '../../services/companies';
import { found } from '../lookups';
import type { HandlersOf } from '../types';

export const companyHandlers: HandlersOf<typeof companyMethods> = {
  'companies.list': (_i, env) => listCompanies(env.project().db),
  'companies.get': (i, env) => found(getCompany(env.project().db, i.id), 'company'),
  'companies.create': (i, env) => companies.createCompany(env.project(), i),
  'companies.update': (i, env) => companies.updateCompany(env.project(), i.id, i.patch),
  'companies.deleteImpact': (i, env) => companies.companyDeleteImpact(env.project(), i.id),
  'companies.delete': (i, env) => companies.deleteCompany(env.project(), i.id),
};
