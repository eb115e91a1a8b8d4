/**
 * A background worker's loop: runs `step` again at once while it finds work, pauses `idleMs`
 * when it finds none or fails, and on `stop()` lets the step in hand finish. Each API instance
 * runs its own; the steps claim their rows with SKIP LOCKED, so instances share the work.
 */
export class PollingLoop {
  private stopped = false;
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  /** `step` returns how much it did (0: nothing was due); a throw is logged and retried after the pause. */
  constructor(
    private readonly step: () => Promise<number>,
    private readonly idleMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  /** Finishes the step in hand, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let worked = 0;
      try {
        worked = await this.step();
      } catch (error) {
        this.onError(error);
      }
      if (worked === 0 && !this.stopped) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.idleMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
