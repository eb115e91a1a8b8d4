import { FILE_KINDS, type FileKind } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A picture or a document of a case study. Its bytes are in the file storage under
 * `<id>/<variant>`; the id is random, so a file's URL says nothing of the town.
 */
@Entity({ name: 'case_study_files' })
export class CaseStudyFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('case_study_files_case_study')
  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ type: 'enum', enum: FILE_KINDS, enumName: 'case_study_file_kind' })
  kind: FileKind;

  /** As read from the content: a photo's original type (it is stored as WebP), a document's own. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  /** Every stored variant together: what counts against the town's quota. */
  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  /** Photos: what the picture shows, for people who cannot see it. */
  @Column({ name: 'alt_text', type: 'text', default: '' })
  altText: string;

  @Column({ type: 'text', default: '' })
  caption: string;

  /** Documents: the name it is listed and downloaded under. */
  @Column({ type: 'text', default: '' })
  title: string;

  /** Photos: the size of the large variant. */
  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
