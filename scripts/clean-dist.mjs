// @ts-check
// Removes the previous build first, so a build that fails leaves no site behind to publish.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
