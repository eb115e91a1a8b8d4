import { rm } from 'node:fs/promises';

/** Stops the portal, which stops its PostgreSQL and Meilisearch, then removes their data. */
export default async function globalTeardown(): Promise<void> {
  const portal = globalThis.e2ePortal;
  if (!portal) return;
  if (portal.process.exitCode === null) {
    const exited = new Promise((resolve) => portal.process.once('exit', resolve));
    portal.process.kill('SIGTERM');
    await exited;
  }
  await rm(portal.dataDir, { recursive: true, force: true });
}
