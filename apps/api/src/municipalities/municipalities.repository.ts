import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type MunicipalityKind } from '@twinning/contracts';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { MunicipalityEntity } from './municipality.entity';

export interface MunicipalitySearch {
  q?: string;
  country?: string;
  kind?: MunicipalityKind;
}

@Injectable()
export class MunicipalitiesRepository {
  constructor(@InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>) {}

  /** Matches `q` anywhere in either name, ignoring case and diacritics, the same way search_name is built. */
  async search(filters: MunicipalitySearch, pagination: Pagination): Promise<{ rows: MunicipalityEntity[]; total: number }> {
    const query = this.municipalities.createQueryBuilder('m');
    const q = filters.q?.trim();
    if (q) {
      query.andWhere(`m.search_name LIKE '%' || search_normalize(:q) || '%'`, { q: escapeLike(q) });
    }
    if (filters.country) query.andWhere('m.country = :country', { country: filters.country });
    if (filters.kind) query.andWhere('m.kind = :kind', { kind: filters.kind });
    const [rows, total] = await query
      .orderBy('m.name_en', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(pagination.offset)
      .take(pagination.perPage)
      .getManyAndCount();
    return { rows, total };
  }

  findById(id: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOneBy({ id });
  }
}

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
