import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from './transaction';

@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class DatabaseModule {}
