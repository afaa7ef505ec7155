// Bundles the program into dist/brms-tui.js with esbuild in production mode: loading Ink and
// React from one file instead of hundreds halves the start-up time (ink-notes.md §5.7).
// Run by `npm install` (postinstall), `npm start` and `npm test`.

import {build, type Plugin} from 'esbuild';
import {chmodSync} from 'node:fs';
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

/** One production bundle (also used by the bench for its Ink hello-world baseline). */
export async function bundle(entry: string, outfile: string): Promise<void> {
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
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		plugins: [noDevtools],
		logLevel: 'warning',
		legalComments: 'none',
	});
	chmodSync(outfile, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle(`${root}source/cli/bin.ts`, `${root}dist/brms-tui.js`);
