import { Module } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createFileStorage, FILE_STORAGE } from './file-storage';

/** The one FileStorage of the app: files are stored by the files feature and removed with their case study. */
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config.fileStorage) }],
  exports: [FILE_STORAGE],
})
export class FileStorageModule {}
