// The program's entry point, bundled to dist/brms-tui-main.cjs and run by the bin (launch.ts).
import {safeLines} from '../ui/screen/safe-text.js';

// A reader that went away (`brms-tui submit … | head`): stop at once and quietly, as Unix tools
// do when SIGPIPE ends them (exit 141, never 0: what was not written was not seen). A job on the
// host goes on. Any other write error is the usual one line.
for (const stream of [process.stdout, process.stderr])
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(141);
		process.stderr.write(`brms-tui: ${safeLines(error.message)}\n`);
		process.exit(1);
	});

const argv = process.argv.slice(2);
// WRKCTLGBRM's first frame, before the rest of the program — Ink, React, yoga — is loaded (the
// bundle evaluates a module imported with import() only when it is imported). Only a start
// without arguments may paint: a script's command does not load the painting's modules (chalk,
// the screen model: 1% of the instructions of a `list`).
const painted = argv.length === 0 ? import('./first-frame.js').then(({paintFirstFrame}) => paintFirstFrame()) : Promise.resolve();

// No top-level await: the bundle is a script (CommonJS), for V8's code cache (launch.ts). Ink
// and yoga are loaded later, only by what draws with them (ink-loading.ts).
painted
	.then(() => import('./main.js'))
	.then(async ({main}) => {
		// The bundle takes fetch away while its modules load (scripts/build.ts); it is given back here.
		(globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('brms-tui.restoreFetch')]?.();
		return main(argv);
	})
	.then(
		exitCode => {
			process.exitCode = exitCode;
		},
		error => {
			// Never a stack trace for the operator: one clear line, and the details only on request.
			console.error(`brms-tui: ${safeLines((error as Error).message ?? String(error))}`);
			if (process.env['BRMS_TUI_DEBUG']) console.error(error);
			process.exitCode = 1;
		},
	);
