export const PAGINATION_DEFAULT_PER_PAGE = 20;
export const PAGINATION_MAX_PER_PAGE = 100;

export interface PageQuery {
  /** 1-based. */
  page?: number;
  per_page?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}
