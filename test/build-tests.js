// The test files built once per run (test/run.js), each into an ES module beside node_modules,
// instead of each test process compiling its TypeScript through tsx's loader: tsx registers its
// hooks on a loader thread of its own in every one of the ~70 test processes and transforms each
// import there (about 0.25 s of CPU per small file, over 1 s for a panel file; README, Tests).
// The packages are bundled too, and the code the files share (Ink, React, ssh2, the project's
// modules) is split into chunks built once: node then loads a few files instead of the hundreds
// of modules of Ink and its dependencies. Kept outside: packages with native or binary parts, and
// the compiler. Such a run has no source maps (node's --enable-source-maps measures every loaded
// module's lines and decodes a map for each stack): run.js builds the files that failed again
// with them (`sourceMaps`: packages outside, inline maps) and reruns them, so a failure is still
// shown at its line in the TypeScript source. Both together: 0.5-0.7 s of CPU less for each file
// that draws panels (README, Tests).
// `import.meta.url`, `dirname` and `filename` stay those of the source file each line came from
// (fixtures are found beside it), and a package's `__dirname` its own folder.
// The programs tests start (test/**/fixtures/*.ts beside a test folder) are built with them;
// test/helpers/test-program.ts runs the built copy in such a run, and tsx otherwise.
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

export const BUILT_TESTS = 'node_modules/.cache/brms-tui/tests';
/** The failed files built again with source maps (run.js). */
const MAPPED_TESTS = 'node_modules/.cache/brms-tui/tests-mapped';
/** Set for the test processes of a run whose programs were built (its value: the built tests' folder). */
export const BUILT_TESTS_VARIABLE = 'BRMS_TUI_BUILT_TESTS';

/** Packages left to node: native add-ons (node-pty), a binary (esbuild), the compiler (typescript). */
const EXTERNAL = ['node-pty', 'esbuild', 'tsx', 'typescript', 'cpu-features'];

/** The test file a built one was made from (`<built tests>/<file>.mjs`), relative to the checkout. */
export const sourceOfBuilt = file => (file.startsWith(`${BUILT_TESTS}/`) ? file.slice(BUILT_TESTS.length + 1).replace(/\.mjs$/, '') : file);

const isPackageFile = path => /[\\/]node_modules[\\/]/.test(path);
const loaderOf = path => (path.endsWith('.tsx') ? 'tsx' : path.endsWith('.ts') ? 'ts' : 'js');

/**
 * Each module's own import.meta, as the module's first statement (on its first line: no line
 * moves); in a package's CommonJS module, its own __dirname and __filename. Output is an ES
 * module, so strict throughout: nothing placed before a "use strict" changes a module's mode.
 */
const ownLocation = {
	name: 'own-location',
	setup(builder) {
		builder.onLoad({filter: /\.(?:ts|tsx|js|mjs|cjs)$/}, async args => {
			const text = await readFile(args.path, 'utf8');
			const file = JSON.stringify(args.path);
			const folder = JSON.stringify(dirname(args.path));
			const meta = `__sourceUrl = ${JSON.stringify(pathToFileURL(args.path).href)}, __sourceDirname = ${folder}, __sourceFilename = ${file}`;
			if (!isPackageFile(args.path)) return {contents: `const ${meta};${text}`, loader: loaderOf(args.path)};
			const declares = name => new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(text);
			const uses = name => new RegExp(`\\b${name}\\b`).test(text) && !declares(name);
			const names = [
				...(uses('__dirname') ? [`__dirname = ${folder}`] : []),
				...(uses('__filename') ? [`__filename = ${file}`] : []),
				...(text.includes('import.meta') ? [meta] : []),
			];
			return names.length === 0 ? undefined : {contents: `var ${names.join(', ')};${text}`, loader: 'js'};
		});
	},
};

/** Ink imports react-devtools-core only when DEV=true (as in the app's bundle, scripts/build.ts); a native add-on is loaded from where it is installed. */
const packageStubs = {
	name: 'package-stubs',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {};', loader: 'js'}));
		builder.onResolve({filter: /\.node$/}, args => ({path: join(args.resolveDir, args.path), external: true}));
	},
};

/**
 * Builds `files` (paths relative to `root`); returns each one's built file, in the same order
 * (named `<file>.mjs`). `sourceMaps`: with inline source maps and the packages left to node,
 * into MAPPED_TESTS, for a run with --enable-source-maps.
 */
export async function buildTests(root, files, {sourceMaps = false} = {}) {
	const folder = sourceMaps ? MAPPED_TESTS : BUILT_TESTS;
	const outdir = join(root, folder);
	const common = {
		absWorkingDir: root,
		entryPoints: files.map(file => ({in: file, out: file})),
		outdir,
		outExtension: {'.js': '.mjs'},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		define: {'import.meta.url': '__sourceUrl', 'import.meta.dirname': '__sourceDirname', 'import.meta.filename': '__sourceFilename'},
		logLevel: 'warning',
		metafile: true,
	};
	const {metafile} = await build(
		sourceMaps
			? {...common, packages: 'external', sourcemap: 'inline', plugins: [ownLocation]}
			: {
					...common,
					external: EXTERNAL,
					splitting: true,
					chunkNames: 'chunks/[name]-[hash]',
					// A bundled CommonJS package may require node's own modules.
					banner: {js: "import {createRequire as __testsCreateRequire} from 'node:module'; const require = __testsCreateRequire(import.meta.url);"},
					plugins: [ownLocation, packageStubs],
				},
	);
	if (!sourceMaps) removeOldChunks(root, join(outdir, 'chunks'), new Set(Object.keys(metafile.outputs)));
	return files.map(file => join(folder, `${file}.mjs`));
}

/** Chunks of earlier builds (named by a hash of their contents); one written in the last hour may be in use by another run (a run of the whole suite takes minutes). */
function removeOldChunks(root, folder, written) {
	for (const name of existsSync(folder) ? readdirSync(folder) : []) {
		const path = join(folder, name);
		if (!written.has(relative(root, path)) && statSync(path).mtimeMs < Date.now() - 3_600_000) rmSync(path, {force: true});
	}
}
