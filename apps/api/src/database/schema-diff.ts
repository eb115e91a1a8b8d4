import { type DataSource } from 'typeorm';

export interface SchemaQuery {
  query: string;
  parameters?: unknown[];
}

export interface SchemaDiff {
  up: SchemaQuery[];
  down: SchemaQuery[];
}

/** The SQL that would bring the database's schema in line with the entities; empty when they agree. */
export async function diffSchemaAgainstEntities(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const plain = ({ query, parameters }: SchemaQuery): SchemaQuery => (parameters?.length ? { query, parameters } : { query });
  return { up: sql.upQueries.map(plain), down: sql.downQueries.reverse().map(plain) };
}
