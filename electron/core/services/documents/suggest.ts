/**
 * The mapping and source kind suggested for a document export's headers and file name (Zendesk,
 * Intercom, Freshdesk, G2 and survey tools' column names). The researcher sees both and can change them.
 */
import type { DocumentField, DocumentMapping } from '../../../../shared/domain/document';
import type { SecondarySourceKind } from '../../../../shared/domain/framework';

/** Header synonyms, compared lower case with punctuation and spaces removed. The earliest wins. */
const SYNONYMS: Record<DocumentField, string[]> = {
  text: [
    'text',
    'body',
    'description',
    'message',
    'comment',
    'comments',
    'content',
    'review',
    'reviewtext',
    'answer',
    'response',
    'notes',
    'note',
    'feedback',
    'details',
  ],
  date: [
    'date',
    'created',
    'createdat',
    'createddate',
    'datecreated',
    'submitted',
    'submittedat',
    'timestamp',
    'reviewdate',
    'opened',
  ],
  participant: [
    'participant',
    'customer',
    'customername',
    'name',
    'requester',
    'requestername',
    'reviewer',
    'contact',
    'contactname',
    'author',
    'respondent',
    'fullname',
  ],
  email: ['email', 'emailaddress', 'requesteremail', 'customeremail', 'contactemail', 'revieweremail', 'authoremail'],
  company: ['company', 'companyname', 'organization', 'organisation', 'account', 'accountname', 'customercompany'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function suggestDocumentMapping(headers: readonly string[]): DocumentMapping {
  const out: DocumentMapping = {};
  const used = new Set<string>();
  for (const field of Object.keys(SYNONYMS) as DocumentField[]) {
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

const KIND_WORDS: [RegExp, SecondarySourceKind][] = [
  [/ticket|support|zendesk|freshdesk|intercom|helpdesk/, 'support_tickets'],
  [/review|g2|capterra|trustpilot/, 'reviews'],
  [/survey|nps|typeform|questionnaire|response/, 'survey_answers'],
  [/winloss|win-loss|lost|won|deal/, 'win_loss_notes'],
  [/crm|hubspot|salesforce|pipedrive|account/, 'crm_notes'],
  [/job|posting|vacanc/, 'job_postings'],
  [/tweet|linkedin|social|reddit/, 'social_media'],
];

/** From the file name first, then the headers; support tickets when nothing says otherwise. */
export function suggestSourceKind(fileName: string, headers: readonly string[]): SecondarySourceKind {
  for (const text of [fileName.toLowerCase(), headers.join(' ').toLowerCase()])
    for (const [re, kind] of KIND_WORDS) if (re.test(text)) return kind;
  return 'support_tickets';
}
