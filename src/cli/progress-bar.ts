/**
 * A progress bar drawn on one terminal line of stderr, redrawn at most once per percent; draws
 * nothing when stderr is not a terminal (pipes and CI logs stay quiet).
 */
export function progressBar(
  write: (text: string) => void,
  isTTY: boolean,
): {
  update(done: number, total: number): void;
  end(): void;
} {
  let shown = -1;
  return {
    update(done, total) {
      if (!isTTY || total === 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round(percent / 4);
      write(`\r[${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${percent} % (${done}/${total})`);
    },
    end() {
      if (isTTY && shown >= 0) write('\n');
    },
  };
}
