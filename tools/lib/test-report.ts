// How test-all sums its suites into one closing line: pure functions over the JSON reports
// vitest and Playwright write, so they can be unit-tested without running any suite.

export type Totals = { passed: number; failed: number; skipped: number };

/** The fields test-all reads from vitest's JSON reporter. */
export type VitestReport = {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
};

/** The fields test-all reads from Playwright's JSON reporter. */
export type PlaywrightReport = {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
};

/** A suite's contribution to the totals, and what to list under the summary. */
export type SuiteOutcome = Totals & { problems: string[] };

export const emptyTotals = (): Totals => ({ passed: 0, failed: 0, skipped: 0 });

/**
 * `exitedOk` is whether the suite's command exited 0; a failing exit with no failed test
 * (a crash, a bad config) still counts as one failure. No report at all is one failure too.
 */
export function vitestOutcome(
  name: string,
  exitedOk: boolean,
  report: VitestReport | null,
): SuiteOutcome {
  if (!report) return { passed: 0, failed: 1, skipped: 0, problems: [`${name}: no report`] };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (!exitedOk && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    problems: report.numTotalTests === 0 ? [`${name}: ran no test`] : [],
  };
}

/** Flaky tests (failed, then passed on retry) count as passed. */
export function playwrightOutcome(
  name: string,
  exitedOk: boolean,
  report: PlaywrightReport | null,
): SuiteOutcome {
  if (!report) return { passed: 0, failed: 1, skipped: 0, problems: [`${name}: no report`] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return {
    passed: expected + flaky,
    failed: unexpected + (!exitedOk && unexpected === 0 ? 1 : 0),
    skipped,
    problems: [],
  };
}

/** Adds a suite's counts to `totals` and its problems to `problems`. */
export function addOutcome(totals: Totals, problems: string[], outcome: SuiteOutcome) {
  totals.passed += outcome.passed;
  totals.failed += outcome.failed;
  totals.skipped += outcome.skipped;
  problems.push(...outcome.problems);
}

/** The closing line of test-all, e.g. "355 passed, 0 failed, 5 skipped". */
export const closingLine = ({ passed, failed, skipped }: Totals) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** Non-zero on any failed test or any problem (a check that failed, a suite that ran nothing). */
export const exitCode = (totals: Totals, problems: readonly string[]) =>
  problems.length || totals.failed ? 1 : 0;
