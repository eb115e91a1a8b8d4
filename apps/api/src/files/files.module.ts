import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SearchOutboxModule } from '../search/search-outbox.module';
import { CaseStudyFileEntity } from './case-study-file.entity';
import { createFileStorage, FILE_STORAGE } from './file-storage';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseStudyFileEntity]), CaseStudiesModule, AuditModule, SearchOutboxModule],
  controllers: [FilesController],
  providers: [FilesRepository, FilesService, { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config.fileStorage) }],
  exports: [FILE_STORAGE, FilesRepository],
})
export class FilesModule {}
