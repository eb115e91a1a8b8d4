import { adaptationsByMonth, adaptationsStarted, inOutcomeOrder, inYearOrder, monthsBetween } from './statistics-series';

describe('statistics series', () => {
  it('puts the outcomes in their own order and the years in time order', () => {
    expect(
      inOutcomeOrder([
        { key: 'ongoing', count: 9 },
        { key: 'failure', count: 4 },
        { key: 'success', count: 2 },
      ]).map((entry) => entry.key),
    ).toEqual(['success', 'failure', 'ongoing']);
    expect(
      inYearOrder([
        { key: '2023', count: 5 },
        { key: '2019', count: 1 },
        { key: '2021', count: 3 },
      ]),
    ).toEqual([
      { key: '2019', count: 1 },
      { key: '2020', count: 0 },
      { key: '2021', count: 3 },
      { key: '2022', count: 0 },
      { key: '2023', count: 5 },
    ]);
    expect(inYearOrder([])).toEqual([]);
  });

  it('lists the months between two months, across the turn of a year', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthsBetween('2025-3', '2025-04')).toEqual([]);
  });

  it('groups the adaptations by month and status, with the quiet months in between as zeros', () => {
    const months = adaptationsByMonth([
      { month: '2025-03', status: 'planning', count: 1 },
      { month: '2025-01', status: 'exploring', count: 2 },
      { month: '2025-03', status: 'exploring', count: 3 },
    ]);

    expect(months.map((entry) => entry.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(months[0].reached).toEqual({ exploring: 2, planning: 0, piloting: 0, implemented: 0, discontinued: 0 });
    expect(months[1].reached).toEqual({ exploring: 0, planning: 0, piloting: 0, implemented: 0, discontinued: 0 });
    expect(months[2].reached).toEqual({ exploring: 3, planning: 1, piloting: 0, implemented: 0, discontinued: 0 });
    expect(adaptationsByMonth([])).toEqual([]);
  });

  it('counts the adaptations started as those that reached “exploring”', () => {
    expect(
      adaptationsStarted([
        { month: '2025-01', status: 'exploring', count: 2 },
        { month: '2025-02', status: 'implemented', count: 1 },
        { month: '2025-03', status: 'exploring', count: 3 },
      ]),
    ).toBe(5);
  });
});
