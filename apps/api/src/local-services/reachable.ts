import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the embedded PostgreSQL's binaries and data go when the API runs as root in a checkout
 * the system user "postgres" cannot enter (anything under /root, mode 700): root-owned, readable
 * by everyone, as /var/lib is meant for.
 */
export const ROOT_RUNTIME_DIR = '/var/lib/twinning-exchange';

/**
 * The first directory on the way down to `dir` (itself included) that users other than its
 * owner cannot enter, or null when every existing one lets them (missing ones are created later).
 */
export function firstClosedDirectory(dir: string): string | null {
  let closed: string | null = null;
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) closed = current;
    if (current === path.dirname(current)) return closed;
  }
}

export const runsAsRoot = (): boolean => process.getuid?.() === 0;
