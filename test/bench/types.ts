// The contract every benchmark file follows: `export default async function run(ctx: BenchContext)`.

export interface BenchContext {
  host: 'node' | 'web';
  /** Records one figure; the harness prints it as a JSON line and in the table. */
  report(metric: string, value: number, unit: string): void;
  /** Progress text for long benchmarks (stderr in node, console in web). */
  note(message: string): void;
  /** Extra arguments after `--` (e.g. `--rows 100000`). */
  args: Record<string, string>;
  /**
   * Collects the garbage left so far (a full collection; both hosts expose one to the harness), so
   * a timed phase does not pay for what an earlier one, or generating its input, left behind.
   */
  settle(): Promise<void>;
}

export type Bench = (ctx: BenchContext) => Promise<void>;

/** Milliseconds from a monotonic clock, in both hosts. */
export function clock(): number {
  return performance.now();
}
