#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node
// The program's entry point (bundled to dist/brms-tui.js).
// MALLOC_ARENA_MAX=1: glibc gives each thread that allocates (V8's compiler and collector
// helpers, libuv's pool) a malloc arena of its own, and each keeps megabytes resident: one
// arena for all took peak RSS from ~98 to ~86 MiB (npm run bench), at no measurable cost for a
// program whose work is on one thread. glibc reads it before any code runs, so it is set where
// the program is started (env -S; npm's shims on Windows read the same line); elsewhere it is
// ignored.
import {safeLines} from '../ui/screen/safe-text.js';
import {main} from './main.js';

// The bundle takes fetch away while its modules load (scripts/build.ts); it is given back here.
(globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('brms-tui.restoreFetch')]?.();

// A reader that went away (`brms-tui submit … | head`): stop at once and quietly, as Unix tools
// do when SIGPIPE ends them (exit 141, never 0: what was not written was not seen). A job on the
// host goes on. Any other write error is the usual one line.
for (const stream of [process.stdout, process.stderr])
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(141);
		process.stderr.write(`brms-tui: ${safeLines(error.message)}\n`);
		process.exit(1);
	});

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// Never a stack trace for the operator: one clear line, and the details only on request.
	console.error(`brms-tui: ${safeLines((error as Error).message ?? String(error))}`);
	if (process.env['BRMS_TUI_DEBUG']) console.error(error);
	process.exitCode = 1;
}
