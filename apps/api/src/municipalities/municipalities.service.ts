import { Injectable } from '@nestjs/common';
import { type MunicipalityDetail, type MunicipalityListQuery, type MunicipalitySummary, type Page } from '@twinning/contracts';
import { toPagination } from '../common/dto/page-query.dto';
import { PartnershipsRepository } from '../partnerships/partnerships.repository';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalityNotFoundException } from './municipalities.errors';
import { toMunicipalityDetail, toMunicipalitySummary } from './municipality.mapper';

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly municipalities: MunicipalitiesRepository,
    private readonly partnerships: PartnershipsRepository,
  ) {}

  async listMunicipalities(query: MunicipalityListQuery): Promise<Page<MunicipalitySummary>> {
    const pagination = toPagination(query);
    const { rows, total } = await this.municipalities.search(query, pagination);
    return { items: rows.map(toMunicipalitySummary), total, page: pagination.page, perPage: pagination.perPage };
  }

  async getMunicipality(id: string): Promise<MunicipalityDetail> {
    const municipality = await this.municipalities.findById(id);
    if (!municipality) throw new MunicipalityNotFoundException(id);
    return toMunicipalityDetail(municipality, await this.partnerships.findByMunicipality(id));
  }
}
