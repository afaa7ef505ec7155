// A TypeScript program a test starts (its folder's fixtures/*.ts): the copy test/run.js built
// for this run (test/build-tests.js) when there is one, so each start does not load tsx's
// loader (~0.35 s of CPU); otherwise, as when a test file is run on its own, through tsx.

import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** node's arguments that run `file` (an absolute path), before the program's own. */
export function testProgram(file: string): string[] {
	const built = process.env['BRMS_TUI_BUILT_TESTS'];
	return built ? [join(built, `${relative(ROOT, file)}.mjs`)] : ['--import', 'tsx', file];
}
