import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

describe('participants, companies and interviews', () => {
  it('generates a unique pseudonym when none is given', async () => {
    const a = await t.call('participants.create', {});
    const b = await t.call('participants.create', { role: 'Head of Ops' });
    expect(a.pseudonym).toBe('P01');
    expect(b.pseudonym).toBe('P02');
    expect(b.role).toBe('Head of Ops');
  });

  it('refuses a duplicate pseudonym with a field message and changes nothing', async () => {
    await t.call('participants.create', { pseudonym: 'Sam' });
    await expect(t.call('participants.create', { pseudonym: 'sam' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { pseudonym: 'Pseudonyms must be unique.' },
    });
    expect(await t.call('participants.list')).toHaveLength(1);
  });

  it('links participants to an interview and counts them per participant', async () => {
    const acme = await t.call('companies.create', { name: 'Acme Logistics', industry: 'Logistics' });
    const p = await t.call('participants.create', { role: 'Ops lead', companyId: acme.id });
    const i = await t.call('interviews.create', {
      title: 'Discovery call',
      date: Date.UTC(2026, 0, 10),
      participantIds: [p.id],
    });
    expect(i.participants).toEqual([{ id: p.id, pseudonym: p.pseudonym, companyName: 'Acme Logistics' }]);
    const again = await t.call('participants.get', { id: p.id });
    expect(again.interviewCount).toBe(1);
    expect(again.companyName).toBe('Acme Logistics');
  });

  it('a patch changes only the fields it names (no defaults fill the rest)', async () => {
    const acme = await t.call('companies.create', { name: 'Acme', currentStack: ['SAP'], growthStage: 'growth' });
    const p = await t.call('participants.create', { role: 'CFO', companyId: acme.id, consent: 'written' });
    const i = await t.call('interviews.create', { title: 'Call', participantIds: [p.id], method: 'win_loss' });
    expect((await t.call('interviews.update', { id: i.id, patch: { status: 'conducted' } })).participants).toHaveLength(
      1,
    );
    expect((await t.call('interviews.get', { id: i.id })).method).toBe('win_loss');
    expect(await t.call('participants.update', { id: p.id, patch: { notes: 'x' } })).toMatchObject({
      role: 'CFO',
      consent: 'written',
      companyId: acme.id,
    });
    expect(await t.call('companies.update', { id: acme.id, patch: { industry: 'Retail' } })).toMatchObject({
      currentStack: ['SAP'],
      growthStage: 'growth',
    });
  });

  it('refuses to delete a company its participants belong to, and says why', async () => {
    const acme = await t.call('companies.create', { name: 'Acme' });
    await t.call('participants.create', { companyId: acme.id });
    const impact = await t.call('companies.deleteImpact', { id: acme.id });
    expect(impact.blockedBy).toMatch(/company of 1 participant/);
    await expect(t.call('companies.delete', { id: acme.id })).rejects.toMatchObject({ code: 'IN_USE' });
    expect(await t.call('companies.list')).toHaveLength(1);
  });

  it('deleting a participant removes their interview links, not the interview', async () => {
    const p = await t.call('participants.create', {});
    const i = await t.call('interviews.create', { title: 'Call', participantIds: [p.id] });
    const impact = await t.call('participants.deleteImpact', { id: p.id });
    expect(impact.counts['interviews']).toBe(1);
    await t.call('participants.delete', { id: p.id });
    const after = await t.call('interviews.get', { id: i.id });
    expect(after.participants).toEqual([]);
  });

  it('records every change in the operation log', async () => {
    const c = await t.call('companies.create', { name: 'Beta' });
    await t.call('companies.update', { id: c.id, patch: { industry: 'Fintech' } });
    await t.call('companies.delete', { id: c.id });
    const counts = await t.call('project.counts');
    expect(counts['operations']).toBe(3);
    expect(counts['companies']).toBe(0);
  });
});
