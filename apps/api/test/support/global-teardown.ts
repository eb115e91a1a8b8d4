import { rm } from 'node:fs/promises';
import { testRunDataDir } from './test-services';

export default async function globalTeardown(): Promise<void> {
  for (const service of (globalThis.startedTestServices ?? []).reverse()) await service.stop();
  await rm(testRunDataDir(), { recursive: true, force: true });
}
