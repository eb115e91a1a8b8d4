import { Module } from '@nestjs/common';
import { SearchOutboxRepository } from './search-outbox.repository';

/** The outbox alone, for the features whose changes reach the search index (no cycle through SearchModule). */
@Module({ providers: [SearchOutboxRepository], exports: [SearchOutboxRepository] })
export class SearchOutboxModule {}
