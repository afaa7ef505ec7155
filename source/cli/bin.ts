#!/usr/bin/env node
// The program's entry point (bundled to dist/brms-tui.js).
import {main} from './main.js';

// The bundle takes fetch away while its modules load (build.ts); it is given back here.
(globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('brms-tui.restoreFetch')]?.();

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// Never a stack trace for the operator: one clear line, and the details only on request.
	console.error(`brms-tui: ${(error as Error).message ?? String(error)}`);
	if (process.env['BRMS_TUI_DEBUG']) console.error(error);
	process.exitCode = 1;
}
