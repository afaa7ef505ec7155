// Bundles the program into dist/brms-tui.js with esbuild in production mode: loading Ink and
// React from one file instead of hundreds halves the start-up time (ink-notes.md §5.7).
// Run by `npm install` (postinstall), `npm start` and `npm test`.

import {build, type Plugin} from 'esbuild';
import {chmodSync, writeFileSync} from 'node:fs';
import {STORE_VALIDATOR_PATH, storeValidatorSource} from '../store/store-validator-source.js';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Ink imports react-devtools-core only when DEV=true; the bundle must not need it.
const noDevtools: Plugin = {
	name: 'no-react-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};'}));
	},
};

const REQUIRE_SHIM = "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);";

// yoga-layout's loader fetches its WebAssembly from a data: URL when `fetch` exists, and touching
// Node's fetch loads undici first: about 50 ms of start-up (npm run bench). Without fetch it
// decodes the same bytes synchronously. fetch is taken away while the modules load and given
// back by bin.ts before anything else runs.
const HIDE_FETCH_WHILE_LOADING = [
	"const __fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');",
	"if (__fetch?.configurable) delete globalThis.fetch;",
	"globalThis[Symbol.for('brms-tui.restoreFetch')] = () => { if (__fetch?.configurable) Object.defineProperty(globalThis, 'fetch', __fetch); };",
].join(' ');

// Peak memory (npm run bench, 1,000 groups and a 999-entry panel): V8 doubles the young
// generation whenever much of it survives a scavenge, and lets the old generation grow by up to
// 4x before a full collection; each panel switch then leaves megabytes of garbage resident (peak
// RSS 135-150 MiB). Growing neither the young generation nor the old one by more than 10% keeps
// the live data (some 20 MiB) near what is resident: peak RSS about 98 MiB, at about +5 ms on a
// panel switch. Both flags are read by the collector whenever it sizes the heap, so setting them
// as the program starts works (unlike --max-semi-space-size, which is fixed with the heap).
const HEAP_GROWTH = "import __v8 from 'node:v8'; __v8.setFlagsFromString('--semi-space-growth-factor=1 --heap-growing-percent=10');";

/**
 * One production bundle (also used by the bench for its Ink hello-world baseline, which is
 * built as plain Ink: without brms-tui's start-up levers).
 */
export async function bundle(entry: string, outfile: string, {levers = true} = {}): Promise<void> {
	await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// ssh2 loads an optional native add-on; keep it (and its helper) as ordinary packages.
		external: ['ssh2', 'cpu-features'],
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: levers ? `${REQUIRE_SHIM}\n${HEAP_GROWTH}\n${HIDE_FETCH_WHILE_LOADING}` : REQUIRE_SHIM},
		plugins: [noDevtools],
		logLevel: 'warning',
		legalComments: 'none',
	});
	chmodSync(outfile, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	writeFileSync(`${root}${STORE_VALIDATOR_PATH}`, storeValidatorSource());
	await bundle(`${root}source/cli/bin.ts`, `${root}dist/brms-tui.js`);
}
