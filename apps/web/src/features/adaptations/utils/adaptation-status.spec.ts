import { checkInStatusesAfter, isFinalStatus } from './adaptation-status';

describe('checkInStatusesAfter', () => {
  it('offers the same status, the next one and discontinuing until the adaptation is finished', () => {
    expect(checkInStatusesAfter('exploring')).toEqual(['exploring', 'planning', 'discontinued']);
    expect(checkInStatusesAfter('planning')).toEqual(['planning', 'piloting', 'discontinued']);
    expect(checkInStatusesAfter('piloting')).toEqual(['piloting', 'implemented', 'discontinued']);
    expect(checkInStatusesAfter('implemented')).toEqual([]);
    expect(checkInStatusesAfter('discontinued')).toEqual([]);
  });

  it('calls implemented and discontinued final', () => {
    expect(isFinalStatus('implemented')).toBe(true);
    expect(isFinalStatus('discontinued')).toBe(true);
    expect(isFinalStatus('piloting')).toBe(false);
  });
});
