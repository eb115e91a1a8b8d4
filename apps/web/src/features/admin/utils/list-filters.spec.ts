import { accountFiltersToParams, parseAccountFilters, parsePartnershipFilters, toAdminUserListQuery } from './list-filters';

describe('account filters in the URL', () => {
  it('read what the API accepts and drop the rest', () => {
    const filters = parseAccountFilters(new URLSearchParams('status=pending&role=emperor&q=%20ay%C5%9Fe%20&page=-3'));

    expect(filters).toEqual({ status: 'pending', role: null, q: ' ayşe ', page: 1 });
    expect(toAdminUserListQuery(filters)).toEqual({ status: 'pending', q: 'ayşe', page: 1, per_page: 20 });
  });

  it('write the shortest URL for the same list', () => {
    expect(accountFiltersToParams({ status: 'pending', role: null, q: '', page: 1 }).toString()).toBe('status=pending');
  });

  it('take only a well-formed town id for the partnerships', () => {
    expect(parsePartnershipFilters(new URLSearchParams('municipalityId=köln')).municipalityId).toBeNull();
  });
});
