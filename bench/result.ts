/** One benchmark figure, always beside a baseline measured in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** What the same machine does at best in this run (null where no baseline applies, e.g. a size). */
  baseline: number | null;
  /** value / baseline, or null without a baseline. */
  ratio: number | null;
  /** The goal in words, e.g. "<= 0.5 ms" or ">= 25 % of baseline". */
  goal: string;
  /** Whether the goal was met; null where the figure is reported without a goal. */
  met: boolean | null;
}
