import { findSdgTarget, SDG_TARGETS, sdgGoalOfTarget, UN_INDICATOR_PATTERN } from './sdg-targets';
import { SDG_NUMBERS } from './vocabularies';

/** How many targets each goal has in the 2030 Agenda: numbered ones, then lettered ones. */
const OFFICIAL_COUNTS: Record<number, [numbered: number, lettered: number]> = {
  1: [5, 2], 2: [5, 3], 3: [9, 4], 4: [7, 3], 5: [6, 3], 6: [6, 2], 7: [3, 2], 8: [10, 2], 9: [5, 3],
  10: [7, 3], 11: [7, 3], 12: [8, 3], 13: [3, 2], 14: [7, 3], 15: [9, 3], 16: [10, 2], 17: [19, 0],
};

describe('the SDG targets', () => {
  it('are the 169 targets of the 17 goals, each once', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect([...new Set(SDG_TARGETS.map((target) => target.goal))]).toEqual(SDG_NUMBERS);
    expect(new Set(SDG_TARGETS.map((target) => target.number)).size).toBe(169);
  });

  it('number every goal’s targets as the UN does, in order', () => {
    for (const goal of SDG_NUMBERS) {
      const [numbered, lettered] = OFFICIAL_COUNTS[goal];
      const expected = [
        ...Array.from({ length: numbered }, (_, index) => `${goal}.${index + 1}`),
        ...Array.from({ length: lettered }, (_, index) => `${goal}.${'abcd'[index]}`),
      ];
      expect(SDG_TARGETS.filter((target) => target.goal === goal).map((target) => target.number)).toEqual(expected);
    }
  });

  it('have a title in every interface language, none twice in one language', () => {
    for (const language of ['en', 'tr', 'de'] as const) {
      const titles = SDG_TARGETS.map((target) => target.label[language].trim());
      expect(titles.filter((title) => title.length === 0)).toEqual([]);
      expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
    }
  });

  it('name their goal and tell real targets from look-alikes', () => {
    expect(sdgGoalOfTarget('6.a')).toBe(6);
    expect(sdgGoalOfTarget('11.6')).toBe(11);
    expect(findSdgTarget('11.6')?.label.en).toMatch(/air quality and waste/);
    expect([sdgGoalOfTarget('6.c'), sdgGoalOfTarget('17.20'), sdgGoalOfTarget('18.1'), sdgGoalOfTarget('1')]).toEqual([null, null, null, null]);
  });

  it('read UN indicator codes by their target', () => {
    expect('11.6.1'.match(UN_INDICATOR_PATTERN)?.[1]).toBe('11.6');
    expect('6.a.1'.match(UN_INDICATOR_PATTERN)?.[1]).toBe('6.a');
    expect(['11.6', '11.6.', 'x.1.1', '11.6.1a'].filter((code) => UN_INDICATOR_PATTERN.test(code))).toEqual([]);
  });
});
