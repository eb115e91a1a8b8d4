import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PartnershipEntity } from './partnership.entity';

@Injectable()
export class PartnershipsRepository {
  constructor(@InjectRepository(PartnershipEntity) private readonly partnerships: Repository<PartnershipEntity>) {}

  /** Every partnership the municipality is in, from either side, with both municipalities loaded. */
  findByMunicipality(municipalityId: string): Promise<PartnershipEntity[]> {
    return this.partnerships.find({
      where: [{ municipalityAId: municipalityId }, { municipalityBId: municipalityId }],
      relations: { municipalityA: true, municipalityB: true },
    });
  }
}
