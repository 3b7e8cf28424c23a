import { describe, expect, it } from 'vitest';

import {
  addOutcome,
  closingLine,
  emptyTotals,
  exitCode,
  playwrightOutcome,
  vitestOutcome,
} from '@/tools/lib/test-report';

const vitest = (passed: number, failed: number, pending = 0, todo?: number) => ({
  numTotalTests: passed + failed + pending + (todo ?? 0),
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: pending,
  ...(todo === undefined ? {} : { numTodoTests: todo }),
});

describe('test-all summary', () => {
  it('sums vitest and Playwright reports into one closing line', () => {
    const totals = emptyTotals();
    const problems: string[] = [];
    addOutcome(totals, problems, vitestOutcome('Unit', true, vitest(120, 0, 2, 1)));
    addOutcome(totals, problems, vitestOutcome('Contract', true, vitest(40, 0)));
    addOutcome(
      totals,
      problems,
      playwrightOutcome('E2E', true, { stats: { expected: 90, flaky: 3, skipped: 2 } }),
    );
    expect(closingLine(totals)).toBe('253 passed, 0 failed, 5 skipped');
    expect(problems).toEqual([]);
    expect(exitCode(totals, problems)).toBe(0);
  });

  it('counts failed tests, and a failing exit without a failed test as one failure', () => {
    expect(vitestOutcome('Unit', false, vitest(10, 2))).toMatchObject({ failed: 2 });
    expect(vitestOutcome('Unit', false, vitest(10, 0))).toMatchObject({ passed: 10, failed: 1 });
    expect(
      playwrightOutcome('E2E', false, { stats: { expected: 5, unexpected: 3 } }),
    ).toMatchObject({ passed: 5, failed: 3 });
    expect(playwrightOutcome('E2E', false, { stats: { expected: 5 } })).toMatchObject({
      passed: 5,
      failed: 1,
    });
  });

  it('a missing report is one failure and a problem; a suite that ran nothing is a problem', () => {
    expect(vitestOutcome('Redis', true, null)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: ['Redis: no report'],
    });
    expect(playwrightOutcome('Faults', false, null).problems).toEqual(['Faults: no report']);
    expect(playwrightOutcome('Faults', true, {})).toMatchObject({ passed: 0, failed: 0 });
    const empty = vitestOutcome('Contract', true, vitest(0, 0));
    expect(empty.problems).toEqual(['Contract: ran no test']);

    const totals = emptyTotals();
    const problems: string[] = [];
    addOutcome(totals, problems, empty);
    expect(closingLine(totals)).toBe('0 passed, 0 failed, 0 skipped');
    expect(exitCode(totals, problems)).toBe(1);
  });

  it('exits non-zero on any failure', () => {
    expect(exitCode({ passed: 3, failed: 1, skipped: 0 }, [])).toBe(1);
    expect(exitCode({ passed: 3, failed: 0, skipped: 0 }, ['Lint exited with 1'])).toBe(1);
  });
});
