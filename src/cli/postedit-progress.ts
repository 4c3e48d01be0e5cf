/**
 * A progress bar on stderr for `ape postedit`: redrawn in place on a terminal, one plain
 * line every 10 s otherwise (logs stay readable). stdout carries only results.
 */
export class Progress {
  private count = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  advance(n: number): void {
    this.count += n;
    const now = performance.now();
    if (now - this.lastDraw < (this.stream.isTTY ? 100 : 10_000)) return;
    this.lastDraw = now;
    this.draw(false);
  }

  done(): void {
    this.draw(true);
  }

  private draw(final: boolean): void {
    const s = (performance.now() - this.started) / 1000;
    const rate = s > 0 ? this.count / s : 0;
    const frac = this.total > 0 ? Math.min(1, this.count / this.total) : 0;
    const text = `${this.count}/${this.total} segments, ${rate.toFixed(1)} seg/s, ${s.toFixed(0)} s`;
    if (this.stream.isTTY) {
      const width = 30;
      const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
      this.stream.write(`\r[${bar}] ${text}${final ? '\n' : ''}`);
    } else {
      this.stream.write(`ape postedit: ${text}\n`);
    }
  }
}
