/**
 * Found item 3 of issue 11, one case each: the pseudonymiser hides short company names, two-letter
 * names, names without their accents or in NFD, parts of hyphenated names, either apostrophe, e-mail
 * addresses and their domains, honorifics with the name — and never rewrites what it replaced.
 */
import { describe, expect, it } from 'vitest';
import { makePseudonymiser, type NameSource } from '../../shared/domain/pseudonymise';

const SOURCE: NameSource = {
  participants: [
    { realName: 'José Álvarez', pseudonym: 'P01' },
    { realName: 'Li Wei', pseudonym: 'P02' },
    { realName: 'Bo Ek', pseudonym: 'P03' },
    { realName: 'Anne-Marie Dubois-Lefèvre', pseudonym: 'P04' },
    { realName: 'Siobhan O’Neil', pseudonym: 'P05' },
    {
      realName: 'Hannah Smith',
      pseudonym: 'P06',
      email: 'hannah.smith@acmefreight.com',
      companyName: 'Acme Freight Group',
    },
    { realName: 'Søren Kierkegaard', pseudonym: 'P07', aliases: ['Kierk'] },
  ],
  companies: [{ name: 'Acme Freight Group', aliases: ['Acme'] }, { name: 'Northwind Ltd' }],
  others: [{ name: 'Maya Chen', replacement: 'Interviewer' }],
};
const ps = makePseudonymiser(SOURCE);

describe('the pseudonymiser (found item 3)', () => {
  it('hides a company by its alias (the short name people say) and by its name without the legal form', () => {
    expect(ps.text('We moved from Acme last year; Acme’s rates were high.')).toBe(
      'We moved from Company A last year; Company A’s rates were high.',
    );
    expect(ps.text('Northwind quoted less than Northwind Ltd did.')).toBe('Company B quoted less than Company B did.');
    expect(ps.company('Acme Freight Group')).toBe('Company A');
  });

  it('hides two-letter names as whole words, not inside other words', () => {
    expect(ps.text('Li said Bo was in Lisbon with Boris.')).toBe('P02 said P03 was in Lisbon with Boris.');
  });

  it('matches names without their accents, in NFD, and in any case', () => {
    expect(ps.text('Jose Alvarez and JOSÉ agreed.')).toBe('P01 and P01 agreed.');
    const nfd = 'José Álvarez'.normalize('NFD');
    expect(nfd).not.toBe('José Álvarez');
    expect(ps.text(`${nfd} said so`)).toBe('P01 said so');
    expect(ps.text('soren and Søren and SOREN')).toBe('P07 and P07 and P07');
  });

  it('hides hyphenated names whole, spaced, closed up and part by part', () => {
    expect(ps.text('Anne-Marie Dubois-Lefèvre, Anne Marie, Annemarie, Marie, Lefevre and Dubois')).toBe(
      'P04, P04, P04, P04, P04 and P04',
    );
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(ps.text("O'Neil, O’Neil, ONeil and Siobhan O'Neil's team")).toBe("P05, P05, P05 and P05's team");
  });

  it('replaces e-mail addresses (known ones by whose they are) and the domains of participants’ e-mail', () => {
    expect(ps.text('Mail hannah.smith@acmefreight.com or ops@acmefreight.com.')).toBe(
      'Mail [e-mail of P06] or [e-mail].',
    );
    expect(ps.text('See acmefreight.com and portal.acmefreight.com; acmefreight is slow.')).toBe(
      'See Company A and Company A; Company A is slow.',
    );
  });

  it('takes an honorific with the name: "Dr. Smith" becomes the pseudonym, not a mix', () => {
    expect(ps.text('Dr. Smith and Mrs Álvarez met Prof. Hannah Smith.')).toBe('P06 and P01 met P06.');
  });

  it('hides interviewers and aliases too', () => {
    expect(ps.text('Maya asked Kierk; Chen wrote it down.')).toBe('Interviewer asked P07; Interviewer wrote it down.');
  });

  it('never rewrites what is already a pseudonym or a company label (one pass)', () => {
    const once = ps.text('José told Li about Acme.');
    expect(once).toBe('P01 told P02 about Company A.');
    expect(ps.text(once)).toBe(once);
  });

  it('a word shared by two people becomes [name], never the wrong pseudonym', () => {
    const two = makePseudonymiser({
      participants: [
        { realName: 'Sam Lee', pseudonym: 'P01' },
        { realName: 'Kim Lee', pseudonym: 'P02' },
      ],
      companies: [],
    });
    expect(two.text('Sam Lee, Kim Lee and Lee')).toBe('P01, P02 and [name]');
  });
});
