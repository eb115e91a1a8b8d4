import { changedFields } from './audit.repository';

describe('changedFields', () => {
  it('keeps only what changed, on both sides', () => {
    expect(changedFields({ role: 'staff', municipalityId: 'a', status: 'active' }, { role: 'moderator', municipalityId: null, status: 'active' })).toEqual({
      before: { role: 'staff', municipalityId: 'a' },
      after: { role: 'moderator', municipalityId: null },
    });
  });

  it('compares arrays and objects by value', () => {
    expect(changedFields({ ids: ['a', 'b'] }, { ids: ['a', 'b'] })).toEqual({ before: {}, after: {} });
  });
});
