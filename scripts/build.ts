// Bundles the program into dist/brms-tui-main.cjs, run by the bin dist/brms-tui.cjs, with
// esbuild in production mode: loading Ink and React from one file instead of hundreds halves
// the start-up time (ink-notes.md §5.7). The bundle is the whole program but ssh2
// (package.json's only dependency): Ink with its patch, React, conf and the rest are built in,
// so an install needs nothing else.
// Run by `npm pack` (prepack), `npm start`, `npm test` and the bench; `npm install` runs nothing.

import {createHash} from 'node:crypto';
import {chmodSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {inkPatchPlugin} from './ink-patch.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Modules replaced in the bundle (react-devtools-core, below, by default). */
const STUBS: Record<string, string> = {'ink-devtools': 'export {};', 'restore-cursor': 'export default () => {};'};

// Ink imports react-devtools-core only when DEV=true; the bundle must not need it.
const noDevtools: Plugin = {
	name: 'no-react-devtools',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, args => ({
			contents: STUBS[args.path] ?? 'export default {connectToDevTools() {}};',
		}));
	},
};

// conf validates with Ajv and migrates with semver only when given a schema or migrations;
// brms-tui gives it neither (its validators are compiled at build time, its migrations are its
// own), so those libraries stay out of the bundle: a stand-in fails loudly if ever reached.
const confWithoutValidators: Plugin = {
	name: 'conf-without-validators',
	setup(build) {
		build.onResolve({filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/}, args =>
			/[\\/]node_modules[\\/]conf[\\/]/.test(args.importer) ? {path: args.path, namespace: 'conf-without-validators'} : undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'conf-without-validators'}, _args => ({
			contents: `const unused = () => { throw new Error('${'$'}{args.path} is not in the brms-tui bundle: conf was given a schema or migrations'); };
export const Ajv2020 = unused; export default unused; export const eq = unused, clean = unused, satisfies = unused, lte = unused, gt = unused;`,
			loader: 'js',
		}));
	},
};

// Ink loads its devtools connection (and the ws library under it) only when DEV=true, but the
// bundle still carried their 130 kB for V8 to parse at every start. Left out; DEV does nothing.
const noDevtoolsConnection: Plugin = {
	name: 'no-ink-devtools-connection',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			/[\\/]node_modules[\\/]ink[\\/]/.test(args.importer) ? {path: 'ink-devtools', namespace: 'stub'} : undefined,
		);
	},
};

// Ink hides the cursor through cli-cursor, whose restore-cursor writes ESC[?25h to standard error
// as the process exits — into a file or pipe if standard error is one. brms-tui shows the
// cursor itself when it leaves the full screen (ui/full-screen.ts), on the terminal.
const noRestoreCursor: Plugin = {
	name: 'no-restore-cursor',
	setup(builder) {
		builder.onResolve({filter: /^restore-cursor$/}, () => ({path: 'restore-cursor', namespace: 'stub'}));
	},
};

// The bundle is a script (CommonJS), for V8's code cache (source/cli/launch.ts), and a script
// cannot await at its top level. Ink awaits only when DEV=true (its devtools, its package.json),
// which does nothing in the bundle (above): those awaits go. yoga-layout awaits its WebAssembly:
// its module exports the engine once loaded instead, and says when through a promise that
// source/cli/ink-loading.ts awaits after loading a module that brings Ink.
const TOP_LEVEL_AWAITS: Array<{file: RegExp; awaited: string; instead: string}> = [
	{file: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/, awaited: "await import('./devtools.js');", instead: ';'},
	{file: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/, awaited: 'isDev()\n    ? await loadPackageJson()\n    :', instead: 'false ? undefined :'},
	{
		file: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/,
		awaited: 'const Yoga = wrapAssembly(await loadYoga());\nexport default Yoga;',
		instead:
			"let Yoga;\nglobalThis[Symbol.for('brms-tui.yogaReady')] = loadYoga().then(module => { Yoga = wrapAssembly(module); });\nexport {Yoga as default};",
	},
];
const withoutTopLevelAwait: Plugin = {
	name: 'without-top-level-await',
	setup(builder) {
		builder.onLoad({filter: /[\\/]node_modules[\\/](ink[\\/]build[\\/]reconciler|yoga-layout[\\/]dist[\\/]src[\\/]index)\.js$/}, args => {
			let text = readFileSync(args.path, 'utf8');
			for (const {awaited, instead} of TOP_LEVEL_AWAITS.filter(each => each.file.test(args.path))) {
				if (!text.includes(awaited))
					throw new Error(`${args.path} no longer holds \`${awaited}\`: the bundle's top-level awaits need a new look (scripts/build.ts)`);
				text = text.replace(awaited, instead);
			}
			return {contents: text, loader: 'js'};
		});
	},
};

// ansi-tokenize makes an Intl.Segmenter as it loads (ICU's grapheme rules: ~14 ms here) and
// splits every string with it. A string of ASCII characters without CR LF is one grapheme per
// character (UAX #29), which is what a 5250 screen's rows are: those are split by hand, and the
// Segmenter made on the first other string. The first frame is tokenized before Ink loads.
const ASCII_GRAPHEMES: Plugin = {
	name: 'ascii-graphemes',
	setup(builder) {
		builder.onLoad({filter: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/}, args => {
			const made = 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });';
			const text = readFileSync(args.path, 'utf8');
			if (!text.includes(made)) throw new Error(`${args.path} no longer makes its Segmenter as it loads: see scripts/build.ts`);
			const lazy = [
				'let graphemes;',
				'function* asciiGraphemes(text) { for (let index = 0; index < text.length; index++) yield {segment: text[index], index}; }',
				'const segmenter = {segment: text => /^[\\x00-\\x7f]*$/.test(text) && !text.includes("\\r\\n") ? asciiGraphemes(text) : (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text)};',
			].join('\n');
			return {contents: text.replace(made, lazy), loader: 'js'};
		});
	},
};

// node:crypto takes ~10 ms to load, and the modules that import it (conf for its encryption,
// which brms-tui does not use; the host-key check) need it only on an SSH connection: it is
// loaded on the first call of one of its functions instead of before the first frame.
const LAZY_CRYPTO: Plugin = {
	name: 'lazy-crypto',
	setup(builder) {
		builder.onResolve({filter: /^(node:)?crypto$/}, args =>
			args.namespace === 'lazy-crypto' ? {path: 'node:crypto', external: true} : {path: 'node:crypto', namespace: 'lazy-crypto'},
		);
		builder.onLoad({filter: /.*/, namespace: 'lazy-crypto'}, async () => {
			const crypto = (await import('node:crypto')) as Record<string, unknown>;
			const functions = Object.keys(crypto).filter(name => name !== 'default' && typeof crypto[name] === 'function');
			const lines = [
				'let loaded; const crypto = () => (loaded ??= require("node:crypto"));',
				...functions.map(name => `export function ${name}(...args) { return new.target ? new (crypto().${name})(...args) : crypto().${name}(...args); }`),
				'export default new Proxy({}, {get: (_, key) => crypto()[key]});',
			];
			return {contents: lines.join('\n'), loader: 'js'};
		});
	},
};

const REQUIRE_SHIM = "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);";

// yoga-layout's loader fetches its WebAssembly from a data: URL when `fetch` exists, and touching
// Node's fetch loads undici first: about 50 ms of start-up (npm run bench). Without fetch it
// decodes the same bytes synchronously. fetch is taken away while the bundle's first modules
// load (given back by bin.ts before anything else runs) and again while Ink's load
// (source/cli/ink-loading.ts).
const HIDE_FETCH_WHILE_LOADING = [
	"const __fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');",
	"globalThis[Symbol.for('brms-tui.hideFetch')] = () => { if (__fetch?.configurable) delete globalThis.fetch; };",
	"globalThis[Symbol.for('brms-tui.restoreFetch')] = () => { if (__fetch?.configurable) Object.defineProperty(globalThis, 'fetch', __fetch); };",
	"globalThis[Symbol.for('brms-tui.hideFetch')]();",
].join(' ');

/**
 * Left out of the bundle, so installed as packages: ssh2 loads optional native add-ons (its
 * crypto binding, cpu-features). Exactly package.json's dependencies (the architecture test).
 */
export const EXTERNAL = ['ssh2'];

// In the program's bundle ssh2's JavaScript is built in, so V8's code cache holds it too:
// required from node_modules it took 60-80 ms of each SSH command's start (its ~40 files found,
// read and compiled; A/B medians of `submit --sbmjob '*NO'` to the test sshd: 497 -> 463 ms).
// What cannot be bundled stays in the installed package, required from the bundle by its
// package path: ssh2's compiled crypto binding and the cpu-features add-on (both optional: ssh2
// falls back to node:crypto and its default cipher order without them).
const SSH2_NATIVE_ADDONS: Plugin = {
	name: 'ssh2-native-addons',
	setup(builder) {
		builder.onResolve({filter: /\.node$/}, args => {
			if (!/[\\/]node_modules[\\/]ssh2[\\/]lib[\\/]protocol[\\/]/.test(args.importer)) return undefined;
			return {path: `ssh2/lib/protocol/${args.path.replace(/^\.\//, '')}`, external: true};
		});
		// cpu-features is ssh2's (optional) dependency: found where ssh2 would find it.
		builder.onResolve({filter: /^cpu-features$/}, () => ({path: 'cpu-features', namespace: 'ssh2-cpu-features'}));
		builder.onResolve({filter: /^ssh2\/package\.json$/}, () => ({path: 'ssh2/package.json', external: true}));
		builder.onLoad({filter: /.*/, namespace: 'ssh2-cpu-features'}, () => ({
			contents: "module.exports = require('node:module').createRequire(require.resolve('ssh2/package.json'))('cpu-features');",
			loader: 'js',
		}));
		// Nor its SFTP client (114 kB): brms-tui runs commands, it never opens an SFTP channel.
		builder.onResolve({filter: /^\.\/protocol\/SFTP\.js$/}, args =>
			/[\\/]node_modules[\\/]ssh2[\\/]lib[\\/]/.test(args.importer) ? {path: 'ssh2-sftp', namespace: 'ssh2-without-sftp'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'ssh2-without-sftp'}, () => ({
			contents: "module.exports = {SFTP: class SFTP { constructor() { throw new Error('SFTP is not in the brms-tui bundle'); } }};",
			loader: 'js',
		}));
	},
};

/**
 * One production bundle as an ES module: the bench's Ink hello-world baseline, built as plain
 * Ink (without brms-tui's start-up levers; the patched Ink, so like is compared with like).
 */
export async function bundle(entry: string, outfile: string): Promise<void> {
	await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		external: EXTERNAL,
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: REQUIRE_SHIM},
		plugins: [inkPatchPlugin(root), noDevtools, noRestoreCursor],
		logLevel: 'warning',
		legalComments: 'none',
	});
	chmodSync(outfile, 0o755);
}

/**
 * brms-tui: the program (source/cli/bin.ts) as one CommonJS script, dist/brms-tui-main.cjs, and
 * the bin that runs it with V8's code cache (source/cli/launch.ts), dist/brms-tui.cjs, which
 * knows the program's build by its content hash.
 */
export async function bundleApp(outfolder: string): Promise<void> {
	const program = `${outfolder}/brms-tui-main.cjs`;
	const {metafile} = await build({
		entryPoints: [`${root}source/cli/bin.ts`],
		outfile: program,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		// No import() in the script: a function V8 takes from the code cache has lost the script's
		// importModuleDynamically (node 20: "A dynamic import callback was not specified"), so
		// ssh2, loaded on the first connection, is required (it is CommonJS).
		supported: {'dynamic-import': false},
		// launch.ts gives the script the URL of its file.
		define: {'process.env.NODE_ENV': '"production"', 'import.meta.url': '__bundleUrl'},
		banner: {js: HIDE_FETCH_WHILE_LOADING},
		// Minified: the bin reads, checks and copies the whole bundle into a string at every start,
		// and V8's code cache holds its names (2.5 MB -> 1.2 MB; A/B: --version 216 -> 200 ms, submit
		// to the test sshd 475 -> 454 ms, 31 rounds; whitespace alone gained nothing for submit).
		// No code of brms-tui reads a function's name. A stack trace (BRMS_TUI_DEBUG) is then of
		// the minified bundle: run the program from source (npx tsx source/cli/bin.ts) to read one.
		minify: true,
		metafile: true,
		plugins: [
			SSH2_NATIVE_ADDONS,
			inkPatchPlugin(root),
			noDevtools,
			noRestoreCursor,
			noDevtoolsConnection,
			confWithoutValidators,
			withoutTopLevelAwait,
			ASCII_GRAPHEMES,
			LAZY_CRYPTO,
		],
		logLevel: 'warning',
		legalComments: 'none',
	});
	// What went into the bundle, for the tests (a minified bundle names no module; not packed).
	writeFileSync(`${outfolder}/brms-tui-main.inputs.json`, `${JSON.stringify(Object.keys(metafile.inputs).sort(), null, '\t')}\n`);
	// esbuild writes strings, regular expressions and names in ASCII, and minifying it keeps no
	// comment; any other character left is escaped here all the same: the bundle is ASCII, which
	// launch.ts reads without decoding it (~25 ms).
	const text = readFileSync(program, 'utf8').replace(/[\u0080-\uffff]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
	writeFileSync(program, text);
	const buildId = createHash('sha256').update(text).digest('hex').slice(0, 16);
	// The code caches (one per command: launch.ts) are of the bundle before.
	for (const name of readdirSync(outfolder)) if (/^brms-tui-main.*\.cache$/.test(name)) rmSync(`${outfolder}/${name}`, {force: true});
	await build({
		entryPoints: [`${root}source/cli/launch.ts`],
		outfile: `${outfolder}/brms-tui.cjs`,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		define: {BRMS_TUI_BUILD_ID: JSON.stringify(buildId)},
		logLevel: 'warning',
		legalComments: 'none',
	});
	chmodSync(`${outfolder}/brms-tui.cjs`, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	await bundleApp(`${root}dist`);
}
