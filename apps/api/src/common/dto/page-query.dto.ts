import { ApiPropertyOptional } from '@nestjs/swagger';
import { type Page, PAGINATION_DEFAULT_PER_PAGE, PAGINATION_MAX_PER_PAGE, type PageQuery } from '@twinning/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` and `per_page`, shared by every paginated listing. */
export class PageQueryDto implements PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGINATION_MAX_PER_PAGE, default: PAGINATION_DEFAULT_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGINATION_MAX_PER_PAGE)
  per_page?: number;
}

export interface Pagination {
  page: number;
  perPage: number;
  offset: number;
}

export function toPagination(query: PageQuery): Pagination {
  const page = query.page ?? 1;
  const perPage = query.per_page ?? PAGINATION_DEFAULT_PER_PAGE;
  return { page, perPage, offset: (page - 1) * perPage };
}

/** One page of a listing: a repository's rows and total, each row mapped to what the API shows. */
export function toPage<Row, Item>({ rows, total }: { rows: Row[]; total: number }, pagination: Pagination, toItem: (row: Row) => Item): Page<Item> {
  return { items: rows.map((row) => toItem(row)), total, page: pagination.page, perPage: pagination.perPage };
}
