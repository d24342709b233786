/** A one-line progress indicator on a terminal; silent when output is piped, in CI or for --json. */
export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export const silentProgress: Progress = { update: () => undefined, done: () => undefined };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return silentProgress;
  let shown = false;
  return {
    update(done, total, label) {
      const width = Math.max(20, (stream.columns ?? 80) - 30);
      const text = `Memeriksa ${done}/${total} ${label}`.slice(0, width);
      stream.write(`\r${text.padEnd(width)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write(`\r${" ".repeat(Math.max(20, (stream.columns ?? 80) - 30))}\r`);
    },
  };
}
