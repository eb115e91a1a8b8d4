import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type MunicipalityInput, type MunicipalityKind } from '@twinning/contracts';
import { In, Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { type Transaction } from '../database/transaction';
import { MunicipalityEntity } from './municipality.entity';
import { TownCountTable } from '../case-studies/anonymous-origin';

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

  findById(id: string, transaction?: Transaction): Promise<MunicipalityEntity | null> {
    return this.repository(transaction).findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<MunicipalityEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.municipalities.findBy({ id: In(ids) });
  }

  /**
   * How many towns share each country and kind: what an anonymous origin may name
   * (anonymous-origin.ts). Read only when one of `caseStudies` is anonymous; otherwise the table
   * is empty, and never consulted.
   */
  async townCountTableFor(caseStudies: { publishedAnonymously: boolean }[], minTowns: number): Promise<TownCountTable> {
    if (!caseStudies.some((caseStudy) => caseStudy.publishedAnonymously)) return new TownCountTable([], minTowns);
    const rows = (await this.municipalities.query(`SELECT country, kind, count(*)::int AS count FROM municipalities GROUP BY country, kind`)) as ConstructorParameters<typeof TownCountTable>[0];
    return new TownCountTable(rows, minTowns);
  }

  findAllNames(): Promise<Pick<MunicipalityEntity, 'id' | 'nameLocal'>[]> {
    return this.municipalities.find({ select: { id: true, nameLocal: true } });
  }

  findByIdForUpdate(id: string, transaction: Transaction): Promise<MunicipalityEntity | null> {
    return transaction.getRepository(MunicipalityEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts under a slug made from the country and English name, numbered when it is taken. */
  async insert(fields: MunicipalityInput, transaction: Transaction): Promise<MunicipalityEntity> {
    const base = `${fields.country.toLowerCase()}-${slugify(fields.nameEn) || 'municipality'}`;
    const taken = new Set(
      ((await transaction.query(`SELECT slug FROM municipalities WHERE slug = $1 OR slug LIKE $2`, [base, `${escapeLike(base)}-%`])) as { slug: string }[]).map((row) => row.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const { identifiers } = await transaction.getRepository(MunicipalityEntity).insert({ ...fields, slug });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  async update(id: string, changes: Partial<MunicipalityInput>, transaction: Transaction): Promise<MunicipalityEntity> {
    if (Object.keys(changes).length > 0) await transaction.getRepository(MunicipalityEntity).update({ id }, changes);
    return (await this.findById(id, transaction))!;
  }

  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(MunicipalityEntity).delete({ id });
  }

  private repository(transaction?: Transaction): Repository<MunicipalityEntity> {
    return transaction ? transaction.getRepository(MunicipalityEntity) : this.municipalities;
  }
}

/** "Şanlıurfa Büyükşehir" → "sanliurfa-buyuksehir". */
export function slugify(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
