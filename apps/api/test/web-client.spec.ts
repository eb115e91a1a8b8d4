import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type Response } from 'supertest';
import { type TestApp, createTestApp } from './support/test-app';

describe('the built web client, served precompressed', () => {
  let t: TestApp;
  let webDir: string;
  const script = `export const greeting = ${JSON.stringify('merhaba '.repeat(400))};\n`;
  const styles = `.card { color: teal; }\n`.repeat(200);
  const indexHtml = `<!doctype html><title>Twinning Exchange</title><div id="root"></div>${'<!-- padding -->'.repeat(100)}`;
  /** Sizes of the files written, to tell from Content-Length which one went out (supertest inflates bodies itself). */
  const sizes: Record<string, number> = {};

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(os.tmpdir(), 'web-dist-'));
    await mkdir(path.join(webDir, 'assets'));
    // What apps/web/precompress.ts writes: each text file beside its .br and .gz.
    const files: Record<string, string> = { 'index.html': indexHtml, 'assets/index-Ab12Cd34.js': script, 'assets/index-Ef56Gh78.css': styles };
    for (const [name, content] of Object.entries(files)) {
      const variants = { '': Buffer.from(content), '.br': brotliCompressSync(content), '.gz': gzipSync(content) };
      for (const [suffix, bytes] of Object.entries(variants)) {
        await writeFile(path.join(webDir, `${name}${suffix}`), bytes);
        sizes[`${name}${suffix}`] = bytes.length;
      }
    }
    // Too small to be worth compressing: the build writes no variant.
    await writeFile(path.join(webDir, 'assets/tiny-Ij90Kl12.js'), 'export {};\n');
    t = await createTestApp({ WEB_DIST_DIR: webDir });
  });

  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  const IMMUTABLE = 'public, max-age=31536000, immutable';

  /** What went out: which file (told by its size), encoded, typed and cached how, and what it decodes to. */
  function expectSent(response: Response, sent: { file: string; encoding?: 'br' | 'gzip'; type: string; cache: string; content: string }): void {
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(sent.encoding);
    expect(response.headers['content-type']).toBe(sent.type);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe(sent.cache);
    expect(Number(response.headers['content-length'])).toBe(sizes[sent.file]);
    expect(response.text).toBe(sent.content);
  }

  it('sends brotli to a browser that accepts it, whatever the order of the header', async () => {
    const response = await t.http.get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'gzip, deflate, br, zstd');
    expectSent(response, { file: 'assets/index-Ab12Cd34.js.br', encoding: 'br', type: 'text/javascript; charset=utf-8', cache: IMMUTABLE, content: script });
  });

  it('sends gzip when brotli is not accepted (or refused with q=0)', async () => {
    for (const header of ['gzip, deflate', 'br;q=0, gzip;q=0.8']) {
      const response = await t.http.get('/assets/index-Ef56Gh78.css').set('Accept-Encoding', header);
      expectSent(response, { file: 'assets/index-Ef56Gh78.css.gz', encoding: 'gzip', type: 'text/css; charset=utf-8', cache: IMMUTABLE, content: styles });
    }
  });

  it('sends the plain file, still varying by encoding, to a client that accepts neither', async () => {
    const response = await t.http.get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'identity');
    expectSent(response, { file: 'assets/index-Ab12Cd34.js', type: 'text/javascript; charset=utf-8', cache: IMMUTABLE, content: script });
  });

  it('sends a file without variants as it is', async () => {
    const response = await t.http.get('/assets/tiny-Ij90Kl12.js').set('Accept-Encoding', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.text).toBe('export {};\n');
  });

  it.each(['/', '/index.html', '/case-studies/8d6c3a8e-4d2b-4c44-9a51-0b8f1e3c2a10'])('sends index.html at %s compressed and never cached unchecked', async (url) => {
    const response = await t.http.get(url).set('Accept-Encoding', 'br');
    expectSent(response, { file: 'index.html.br', encoding: 'br', type: 'text/html; charset=utf-8', cache: 'no-cache', content: indexHtml });
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await t.http.head('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('never serves a file from outside the built client', async () => {
    // A file beside the built client, under a name of this run's own.
    const secret = `secret-${path.basename(webDir)}.json`;
    await writeFile(path.join(webDir, '..', `${secret}.br`), brotliCompressSync('{"secret":true}'));
    try {
      for (const url of [`/..%2f${secret}`, `/assets/..%2f..%2f${secret}`, `/%2e%2e/${secret}`]) {
        const response = await t.http.get(url).set('Accept-Encoding', 'br, gzip');
        expect(response.text).not.toContain('"secret"');
      }
    } finally {
      await rm(path.join(webDir, '..', `${secret}.br`), { force: true });
    }
  });

  it('leaves API answers alone', async () => {
    const response = await t.http.get('/api/health/live').set('Accept-Encoding', 'br, gzip');
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
