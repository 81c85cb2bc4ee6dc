// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
export * from './common';
export * from './count';
export * from './campaign';
export * from './unit';
export * from './plan';
export * from './notice';
export * from './subproject';
export * from './timeline';
export * from './progress';
export * from './repair';
export * from './vocabulary';
export * from './correction';
export * from './results';
