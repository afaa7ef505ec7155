// The test files built once per run (test/run.js), each into one ES module beside node_modules,
// instead of each test process compiling its TypeScript through tsx's loader: tsx registers its
// hooks on a loader thread of its own in every one of the ~70 test processes and transforms each
// import there (about 0.25 s of CPU per small file, over 1 s for a panel file; README, Tests).
// esbuild bundles the project's own files into each test file and leaves packages to node
// (`packages: 'external'`), so Ink, React and the Ink patch are the installed ones, as before.
// `import.meta.url`, `dirname` and `filename` stay those of the source file each line came from
// (fixtures are found beside it), and inline source maps put failures at the source's lines.
// The programs tests start (test/**/fixtures/*.ts beside a test folder) are built with them;
// test/helpers/test-program.ts runs the built copy in such a run, and tsx otherwise.
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

export const BUILT_TESTS = 'node_modules/.cache/brms-tui/tests';
/** Set for the test processes of a run whose programs were built (its value: the built tests' folder). */
export const BUILT_TESTS_VARIABLE = 'BRMS_TUI_BUILT_TESTS';

/** Each module's own import.meta, as the module's first statement (on its first line: no line moves). */
const sourceImportMeta = {
	name: 'source-import-meta',
	setup(builder) {
		builder.onLoad({filter: /\.(?:ts|tsx|js|mjs)$/}, async args => {
			if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
			const meta = `const __sourceUrl = ${JSON.stringify(pathToFileURL(args.path).href)}, __sourceDirname = ${JSON.stringify(dirname(args.path))}, __sourceFilename = ${JSON.stringify(args.path)};`;
			const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
			return {contents: `${meta}${await readFile(args.path, 'utf8')}`, loader};
		});
	},
};

/** Builds `files` (paths relative to `root`); returns each one's built file, in the same order (named `<file>.mjs`). */
export async function buildTests(root, files) {
	const outdir = join(root, BUILT_TESTS);
	await build({
		absWorkingDir: root,
		entryPoints: files.map(file => ({in: file, out: file})),
		outdir,
		outExtension: {'.js': '.mjs'},
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		sourcemap: 'inline',
		define: {'import.meta.url': '__sourceUrl', 'import.meta.dirname': '__sourceDirname', 'import.meta.filename': '__sourceFilename'},
		plugins: [sourceImportMeta],
		logLevel: 'warning',
	});
	return files.map(file => join(BUILT_TESTS, `${file}.mjs`));
}
