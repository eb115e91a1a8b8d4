import { readdir, readFile } from 'node:fs/promises';
import { ApiProcess } from '../test/support/api-process';

/** Linux's USER_HZ, the unit of utime and stime in /proc/<pid>/stat (getconf CLK_TCK). */
export const CLOCK_TICKS_PER_SECOND = 100;

/** The compiled API in a child process (test/support/api-process.ts), with what benchmarks read from /proc. */
export class CompiledApi extends ApiProcess {
  /** VmRSS of /proc/<pid>/status, in bytes: what the kernel holds in memory for the API process alone. */
  async residentBytes(): Promise<number> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    if (!kib) throw new Error(`no VmRSS in /proc/${this.pid}/status`);
    return Number(kib) * 1024;
  }

  /**
   * CPU seconds (user + system) used so far by the API process and by the processes it started,
   * summed by command name ("node" for the API itself; "postgres", "meilisearch-1.2…").
   */
  async cpuSecondsByCommand(): Promise<Map<string, number>> {
    const processes = new Map<number, { parent: number; command: string; seconds: number }>();
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
      // "pid (command) state ppid … utime stime …"; the command may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      if (close < 0) continue;
      const fields = stat.slice(close + 2).split(' ');
      processes.set(Number(entry), { parent: Number(fields[1]), command: stat.slice(stat.indexOf('(') + 1, close), seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND });
    }
    const totals = new Map<string, number>();
    const belongs = (pid: number): boolean => pid === this.pid || (pid > 1 && processes.has(pid) && belongs(processes.get(pid)!.parent));
    for (const [pid, { command, seconds }] of processes) {
      if (belongs(pid)) totals.set(command, (totals.get(command) ?? 0) + seconds);
    }
    return totals;
  }

  /** SIGTERM, then the wait for the exit; SIGKILL when it has not stopped within `timeoutMs`. */
  async stop(timeoutMs: number): Promise<number | null | 'killed'> {
    if (this.exited !== null) return this.exited;
    this.kill('SIGTERM');
    const code = await Promise.race([this.exitCode(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref())]);
    if (code !== 'timeout') return code;
    this.kill('SIGKILL');
    await this.exitCode();
    return 'killed';
  }
}
