// The Ink 6.8 backport (patches/ink+6.8.0.patch, README "Ink 6.8 at full height") applied while
// the bundle is built, so the bundle carries patched Ink and an install of brms-tui runs no patch
// step and needs no dev dependency. The dev checkout's node_modules/ink is patched as well (by
// patch-package, from test/run.js and `npm run screenshots`: never on an install), because the
// tests import ink through tsx; a file that is already patched is taken as it is.
// Build time only: the running program never loads this.

import {readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {applyPatch, parsePatch, reversePatch, type StructuredPatch} from 'diff';
import type {Plugin} from 'esbuild';

export const INK_VERSION = '6.8.0';
export const INK_PATCH = `patches/ink+${INK_VERSION}.patch`;

/** The patch's files, by path inside the ink package ("build/ink.js"). */
export function readInkPatch(root: string): Map<string, StructuredPatch> {
	const patches = parsePatch(readFileSync(join(root, INK_PATCH), 'utf8'));
	return new Map(patches.map(patch => [patch.newFileName!.replace(/^b\/node_modules\/ink\//, ''), patch]));
}

/**
 * The file as the patch makes it: patched here from Ink's own text, or already patched
 * (patch-package in a dev checkout). Anything else is an Ink the patch was not written for.
 */
export function patchedText(text: string, patch: StructuredPatch, file: string): string {
	const patched = applyPatch(text, patch);
	if (patched !== false) return patched;
	if (applyPatch(text, reversePatch(patch)) !== false) return text;
	throw new Error(`${INK_PATCH} does not apply to ink/${file}: brms-tui needs ink ${INK_VERSION} exactly (npm ci installs it).`);
}

/** esbuild: every file of the ink package the patch names is loaded patched. */
export function inkPatchPlugin(root: string): Plugin {
	const patches = readInkPatch(root);
	return {
		name: 'ink-patch',
		setup(build) {
			const applied = new Set<string>();
			build.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/].*\.js$/}, args => {
				const packageRoot = /^.*[\\/]node_modules[\\/]ink(?=[\\/])/.exec(args.path)![0];
				const file = relative(packageRoot, args.path).split('\\').join('/');
				const patch = patches.get(file);
				if (!patch) return undefined;
				const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version;
				if (version !== INK_VERSION) throw new Error(`${INK_PATCH} is for ink ${INK_VERSION}; node_modules holds ink ${version}.`);
				applied.add(file);
				return {contents: patchedText(readFileSync(args.path, 'utf8'), patch, file), loader: 'js', resolveDir: dirname(args.path)};
			});
			// Every file of the patch must have been bundled: a patch that silently stopped
			// applying (Ink moved code to another file) would leave the backport out.
			build.onEnd(result => {
				if (result.errors.length > 0) return;
				const missing = [...patches.keys()].filter(file => !applied.has(file));
				if (missing.length > 0) throw new Error(`${INK_PATCH}: ${missing.join(', ')} not part of the bundle.`);
			});
		},
	};
}
