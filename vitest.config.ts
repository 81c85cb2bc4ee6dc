import { defineConfig } from 'vitest/config';

/**
 * The gates every build must pass: over the test site (e2e), over the test site with a second
 * year (e2e-years), over the sample data (e2e-demo, e2e-voting) and over content/ as staff keep it
 * (e2e-real, dist/). No gate pins what
 * content/ says: they ask of any content what the site's code must always give.
 */
const GATES = ['a11y', 'links', 'html', 'budget', 'csp', 'sample', 'faithful'].map((n) => `tests/e2e/${n}.test.ts`);
const browserProject = { globalSetup: ['tests/e2e/global-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      // Content tests validate whole fixtures (a second or so each on a busy machine): no 5 s limit.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], exclude: ['tests/content/build-script.test.ts'], testTimeout: 60_000 } },
      // Whole builds of their own: run in the build stage of scripts/test.mjs, never beside another build.
      { test: { name: 'builds', include: ['tests/content/build-script.test.ts'] } },
      // /admin/ against decap-server on a repository of its own: a build of its own, so in the build stage too.
      { test: { name: 'admin', include: ['tests/e2e/admin.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      // The test site (tests/fixtures/site), built by scripts/test-sites.mjs with the demo, now and years sites.
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/years.test.ts', 'tests/e2e/admin.test.ts'],
          env: { PORTAL_DIST: 'dist-test/site' },
          ...browserProject,
        },
      },
      { test: { name: 'e2e-years', include: [...GATES, 'tests/e2e/years.test.ts'], env: { PORTAL_DIST: 'dist-test/years' }, ...browserProject } },
      // The sample data: reports and results under /portal/ (demo), and the same on a day of a vote (voting).
      { test: { name: 'e2e-demo', include: GATES, env: { PORTAL_DIST: 'dist-test/demo' }, ...browserProject } },
      { test: { name: 'e2e-voting', include: GATES, env: { PORTAL_DIST: 'dist-test/voting' }, ...browserProject } },
      // content/ as staff keep it: the gates, and every sentence of its sources on its pages.
      { test: { name: 'e2e-real', include: GATES, env: { PORTAL_DIST: 'dist' }, ...browserProject } },
    ],
  },
});
