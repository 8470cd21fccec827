/**
 * The mapping suggested for a CRM export's headers, from the column names HubSpot, Salesforce,
 * Pipedrive and spreadsheets use. The researcher sees it and can change every field.
 */
import type { CrmField, CrmMapping } from '../../../../shared/domain/crm';

/** Header synonyms, compared lower case with punctuation and spaces removed ("E-mail address" -> "emailaddress"). */
const SYNONYMS: Record<CrmField, string[]> = {
  fullName: ['fullname', 'name', 'contactname', 'contact', 'person', 'personname', 'participant', 'displayname'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'primaryemail', 'businessemail', 'contactemail'],
  role: ['jobtitle', 'title', 'role', 'position', 'jobrole', 'designation'],
  careerStage: ['seniority', 'level', 'careerstage', 'senioritylevel', 'joblevel', 'managementlevel'],
  company: [
    'company',
    'companyname',
    'accountname',
    'account',
    'organization',
    'organisation',
    'organizationname',
    'organisationname',
    'employer',
  ],
  industry: ['industry', 'companyindustry', 'sector', 'vertical'],
  employeeRange: [
    'numberofemployees',
    'companysize',
    'employees',
    'employeecount',
    'headcount',
    'size',
    'employeerange',
  ],
  annualRevenue: ['annualrevenue', 'revenue', 'companyrevenue', 'arr'],
  geography: ['region', 'country', 'countryregion', 'geography', 'location', 'territory', 'market'],
  currentStack: ['techstack', 'technologies', 'stack', 'tools', 'technology', 'currentstack', 'toolsused'],
  notes: ['notes', 'note', 'description', 'comments', 'comment', 'about'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function suggestMapping(headers: readonly string[]): CrmMapping {
  const out: CrmMapping = {};
  const used = new Set<string>();
  for (const field of Object.keys(SYNONYMS) as CrmField[]) {
    // The earliest synonym wins, so "Email" beats "Mail" when a file has both.
    for (const synonym of SYNONYMS[field]) {
      const header = headers.find((h) => !used.has(h) && squash(h) === synonym);
      if (header) {
        out[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return out;
}
