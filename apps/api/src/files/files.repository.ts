import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { type Transaction } from '../database/transaction';
import { CaseStudyFileEntity } from './case-study-file.entity';

@Injectable()
export class FilesRepository {
  constructor(@InjectRepository(CaseStudyFileEntity) private readonly files: Repository<CaseStudyFileEntity>) {}

  /** With its case study (and what caseStudyAccess needs of it). */
  findWithCaseStudy(id: string): Promise<CaseStudyFileEntity | null> {
    return this.files.findOne({ where: { id }, relations: { caseStudy: true } });
  }

  findOfCaseStudy(id: string, caseStudyId: string, transaction: Transaction): Promise<CaseStudyFileEntity | null> {
    return transaction.getRepository(CaseStudyFileEntity).findOne({ where: { id, caseStudyId } });
  }

  async insert(file: Omit<CaseStudyFileEntity, 'id' | 'caseStudy' | 'uploadedBy' | 'createdAt'> & { id: string }, transaction: Transaction): Promise<void> {
    await transaction.getRepository(CaseStudyFileEntity).insert(file);
  }

  async update(id: string, changes: Partial<Pick<CaseStudyFileEntity, 'altText' | 'caption' | 'title'>>, transaction: Transaction): Promise<void> {
    if (Object.keys(changes).length > 0) await transaction.getRepository(CaseStudyFileEntity).update({ id }, changes);
  }

  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(CaseStudyFileEntity).delete({ id });
  }

  async setCover(caseStudyId: string, fileId: string | null, transaction: Transaction): Promise<void> {
    await transaction.getRepository(CaseStudyEntity).update({ id: caseStudyId }, { coverFileId: fileId });
  }

  /**
   * Bytes stored for the case studies of one town. Holds the town's quota lock until the
   * transaction ends, so two uploads of one town cannot both pass the same remaining space.
   */
  async lockedBytesOfMunicipality(municipalityId: string, transaction: Transaction): Promise<number> {
    await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('file-quota:' || $1))`, [municipalityId]);
    const [row] = (await transaction.query(
      `SELECT coalesce(sum(f.byte_size), 0)::bigint AS bytes FROM case_study_files f JOIN case_studies cs ON cs.id = f.case_study_id WHERE cs.municipality_id = $1`,
      [municipalityId],
    )) as { bytes: string }[];
    return Number(row.bytes);
  }

  /** Every stored file id, for backups. */
  async allIds(): Promise<string[]> {
    return (await this.files.find({ select: { id: true } })).map((file) => file.id);
  }
}
