import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { CaseStudyFileEntity } from './case-study-file.entity';
import { FileStorageModule } from './file-storage.module';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseStudyFileEntity]), CaseStudiesModule, AuditModule, SearchOutboxModule, FileStorageModule],
  controllers: [FilesController],
  providers: [FilesRepository, FilesService],
  exports: [FileStorageModule, FilesRepository],
})
export class FilesModule {}
