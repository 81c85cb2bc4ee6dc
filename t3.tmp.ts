import { validateFixture } from './tests/content/helpers';
import { formatIssues } from './src/lib/content';
console.log(formatIssues(validateFixture(process.argv[2]!).issues));
