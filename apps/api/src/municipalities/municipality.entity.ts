import { MUNICIPALITY_KINDS, type MunicipalityKind, type TextVariants } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'municipalities' })
// Trigram index on search_name, created by hand in a migration (TypeORM cannot declare GIN opclasses).
@Index('municipalities_search_name_trgm', { synchronize: false })
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key of the starter data ("tr-istanbul"), so seeding again updates instead of duplicating. */
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ name: 'name_local', type: 'text' })
  nameLocal: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  /** ISO 3166-1 alpha-2. */
  @Index('municipalities_country')
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  region: string;

  /** The region's name in other interface languages; the reader's, else `region`. */
  @Column({ name: 'region_variants', type: 'jsonb', default: () => "'{}'" })
  regionVariants: TextVariants;

  @Column({ type: 'integer' })
  population: number;

  @Column({ name: 'population_year', type: 'smallint' })
  populationYear: number;

  @Column({ type: 'enum', enum: MUNICIPALITY_KINDS, enumName: 'municipality_kind' })
  kind: MunicipalityKind;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Lower-case domains of its staff's addresses; the verification queue shows whether an address matches. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** Both names, lower case without diacritics ("İstanbul" → "istanbul"), for name search. */
  @Column({
    name: 'search_name',
    type: 'text',
    generatedType: 'STORED',
    asExpression: `search_normalize(name_local || ' ' || name_en)`,
    select: false,
    insert: false,
    update: false,
  })
  searchName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
