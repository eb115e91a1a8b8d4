/** PostgreSQL's SQLSTATE codes the services turn into answers for people. */
export const PostgresErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  /** ON DELETE RESTRICT refused a delete. */
  RestrictViolation: '23001',
} as const;

export function isPostgresError(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes((error as { code?: string }).code ?? '');
}
