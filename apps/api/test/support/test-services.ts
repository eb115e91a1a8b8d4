import os from 'node:os';
import path from 'node:path';

/**
 * Where this test run's embedded servers keep their data; deleted when the run ends. Under the
 * system's temporary directory, which the "postgres" user can always reach, wherever the
 * checkout is.
 */
export function testRunDataDir(): string {
  return path.join(os.tmpdir(), `twinning-test-run-${process.pid}`);
}

/** Set by the global setup for the test files: the server-level URL to create per-file databases with. */
export const TEST_ADMIN_DATABASE_URL = 'TEST_ADMIN_DATABASE_URL';
