import path from 'node:path';
import { findWorkspaceRoot } from '../../src/config/app-config';

/** Where this test run's embedded servers keep their data; deleted when the run ends. */
export function testRunDataDir(): string {
  return path.join(findWorkspaceRoot(), '.data', `test-run-${process.pid}`);
}

/** Set by the global setup for the test files: the server-level URL to create per-file databases with. */
export const TEST_ADMIN_DATABASE_URL = 'TEST_ADMIN_DATABASE_URL';
