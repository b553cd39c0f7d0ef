import { useState } from 'react';
import { problemOf } from '../../forms';

/** Runs one request at a time for a form or a button, keeping its problem to show. */
export function useAction() {
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setProblem(problemOf(caught).message);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { problem, isBusy, run, setProblem };
}
