/** One CLI command. `run` returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  run(args: string[]): Promise<number>;
}
