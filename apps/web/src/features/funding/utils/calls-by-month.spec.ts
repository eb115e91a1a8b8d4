import { type FundingCall } from '@twinning/contracts';
import { callsByDeadlineMonth } from './calls-by-month';

const call = (title: string, closesOn: string): FundingCall => ({
  id: title,
  programme: { id: 'p', name: 'Programme', themes: [] },
  title,
  opensOn: '2026-01-01',
  closesOn,
  budget: null,
  budgetCurrency: null,
  url: 'https://example.org',
  status: 'open',
});

describe('callsByDeadlineMonth', () => {
  it('groups calls by the month they close in, months and deadlines in order', () => {
    const grouped = callsByDeadlineMonth([call('C', '2027-02-01'), call('B', '2027-01-31'), call('A', '2027-01-05'), call('D', '2027-02-01')]);
    expect(grouped.map((g) => [g.month, g.calls.map((c) => c.title)])).toEqual([
      ['2027-01', ['A', 'B']],
      ['2027-02', ['C', 'D']],
    ]);
  });
});
