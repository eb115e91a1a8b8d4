import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * A database transaction, handed from a service to the repositories that must write together
 * (a change and its audit event). Services pass it along without knowing what is inside.
 */
export type Transaction = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

/**
 * Locks one row (FOR UPDATE) until the transaction ends, so changes to it happen one after the
 * other; false when there is no such row. Relations are loaded afterwards, by the caller:
 * PostgreSQL cannot lock the nullable side of an outer join.
 */
export async function lockRow(transaction: Transaction, entity: EntityTarget<ObjectLiteral>, id: string): Promise<boolean> {
  return (await transaction.getRepository(entity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })) !== null;
}
