/**
 * `npm run check`: validates all of content/ (every schema and cross-file rule) without building
 * pages, and prints every issue for people (stderr). Exit code 1 on any issue. The options and
 * outputs are those of checkCommand (src/lib/content/check-command.ts); the build runs the same
 * validateContent(), so the two can never disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCommand } from '../src/lib/content/check-command';

const run = checkCommand(process.argv.slice(2), process.env, process.cwd(), fileURLToPath(new URL('../src/components/content/', import.meta.url)));
if (run.output) writeFileSync(run.output.file, run.output.text);
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.code;
