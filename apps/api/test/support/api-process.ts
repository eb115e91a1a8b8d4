import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The workspace root, found upwards from here: this file runs from the sources (tests) and from dist/apps/api-bench (benchmarks). */
export function workspaceRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
  }
  throw new Error(`no nx.json above ${__dirname}`);
}

export const COMPILED_API = path.join(workspaceRoot(), 'dist/apps/api/main.js');

/** The compiled API (as `npm start` and the container run it) in a child process, with its output kept; for tests and benchmarks. */
export class ApiProcess {
  readonly output: string[] = [];
  protected readonly child: ChildProcess;

  constructor(env: NodeJS.ProcessEnv) {
    if (!existsSync(COMPILED_API)) throw new Error(`${COMPILED_API} is missing: build the API first (npx nx build api).`);
    this.child = spawn(process.execPath, [COMPILED_API], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const collect = (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      this.output.push(...lines);
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
  }

  /** Output lines that are JSON log records. */
  get logRecords(): Record<string, unknown>[] {
    return this.output.flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
  }

  waitForOutput(pattern: RegExp, timeoutMs = 60_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const check = () => {
        if (this.output.some((line) => pattern.test(line))) return resolve();
        if (this.child.exitCode !== null) return reject(new Error(`the API exited (code ${this.child.exitCode}) before ${pattern}:\n${this.output.join('\n')}`));
        if (Date.now() - started > timeoutMs) return reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${this.output.join('\n')}`));
        setTimeout(check, 50);
      };
      check();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Null while it runs. */
  get exited(): number | null {
    return this.child.exitCode;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null) this.child.kill(signal);
  }

  exitCode(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }
}
