// Prints how many tests ran in each project (unit, pglite, postgres, chromium), so the CI log
// shows that the PostgreSQL and Chromium suites really ran.

import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed += 1;
        else if (state === 'failed') count.failed += 1;
        else count.skipped += 1;
      }
      counts.set(name, count);
    }
    const lines = [...counts].map(
      ([name, c]) =>
        `  ${name.padEnd(9)} ${String(c.passed).padStart(4)} passed  ${String(c.failed).padStart(3)} failed  ${String(c.skipped).padStart(3)} skipped`,
    );
    console.log(`\nTests by project:\n${lines.join('\n')}\n`);
  }
}
