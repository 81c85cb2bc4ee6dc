import { defineConfig } from 'vitest/config';

/** The gates that every build must pass, also the build with two campaign years (e2e-years). */
const GATES = ['a11y', 'links', 'html', 'budget', 'csp'].map((n) => `tests/e2e/${n}.test.ts`);
const browserProject = { globalSetup: ['tests/e2e/global-setup.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      // One browser at a time on a 2-core machine.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: ['tests/e2e/years.test.ts'], ...browserProject } },
      // Over dist-years/ (PORTAL_DIST): the real content with the sample second year of tests/fixtures/two-years.
      { test: { name: 'e2e-years', include: [...GATES, 'tests/e2e/years.test.ts'], ...browserProject } },
    ],
  },
});
