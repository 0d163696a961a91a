import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** Sets the amount done (and optionally a new total). */
  update(done: number, total?: number): void;
  stop(): void;
}

/**
 * Progress for long work: a bar on a terminal; on a pipe or in CI one line every few seconds, so logs stay
 * readable. Writes to stderr so --json output on stdout stays clean.
 */
export function startProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (stream.isTTY && !process.env.CI) {
    const bar = new SingleBar(
      {
        format: `${label} [{bar}] {percentage}% {value}/{total} ETA {eta_formatted}`,
        stream,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return {
      update(done, newTotal) {
        if (newTotal !== undefined) bar.setTotal(newTotal);
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let current = 0;
  let max = total;
  const line = () =>
    stream.write(`${label}: ${current}/${max}${max ? ` (${Math.round((current / max) * 100)}%)` : ''}\n`);
  return {
    update(done, newTotal) {
      current = done;
      if (newTotal !== undefined) max = newTotal;
      const now = Date.now();
      if (now - last >= 5000) {
        last = now;
        line();
      }
    },
    stop: () => {
      line();
    },
  };
}
