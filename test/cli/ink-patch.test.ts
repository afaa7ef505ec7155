// The Ink backport is applied while the bundle is built (scripts/ink-patch.ts), so an install
// of brms-tui needs no patch step: proven here from Ink's own, unpatched files.

import assert from 'node:assert/strict';
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {applyPatch, reversePatch} from 'diff';
import {bundle} from '../../scripts/build.js';
import {patchedText, readInkPatch} from '../../scripts/ink-patch.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INK = join(ROOT, 'node_modules/ink');

/** Ink's files as npm installs them: the dev checkout's copy with the patch taken out again. */
function pristine(file: string, text: string): string {
	const original = applyPatch(text, reversePatch(readInkPatch(ROOT).get(file)!));
	assert.notEqual(original, false, `node_modules/ink/${file} holds the patch (test/run.js applies it)`);
	return original as string;
}

test('the patch turns each Ink file into the patched one, and leaves a patched one as it is', () => {
	const patches = readInkPatch(ROOT);
	assert.deepEqual([...patches.keys()].sort(), [
		'build/ink.js',
		'build/input-parser.js',
		'build/log-update.js',
		'build/measure-text.js',
		'build/output.js',
		'build/render-node-to-output.js',
	]);
	for (const [file, patch] of patches) {
		const patched = readFileSync(join(INK, file), 'utf8');
		const original = pristine(file, patched);
		assert.notEqual(original, patched);
		assert.equal(patchedText(original, patch, file), patched, file);
		assert.equal(patchedText(patched, patch, file), patched, file);
	}
	const [file, patch] = [...patches][0]!;
	assert.throws(() => patchedText('export {};\n', patch, file), /does not apply to ink\/build\/ink\.js: brms-tui needs ink 6\.8\.0 exactly/);
});

test('a bundle built from an unpatched Ink carries the backport', async () => {
	// A pristine ink beside the checkout's node_modules (its own dependencies resolve from there).
	const scratch = join(ROOT, 'node_modules/.cache/brms-tui-ink-patch-test');
	rmSync(scratch, {recursive: true, force: true});
	try {
		const ink = join(scratch, 'node_modules/ink');
		mkdirSync(ink, {recursive: true});
		cpSync(INK, ink, {recursive: true});
		for (const file of readInkPatch(ROOT).keys()) writeFileSync(join(ink, file), pristine(file, readFileSync(join(INK, file), 'utf8')));
		writeFileSync(join(scratch, 'entry.js'), "import {render, Text} from 'ink'; export {render, Text};\n");
		await bundle(join(scratch, 'entry.js'), join(scratch, 'out.js'));
		const out = readFileSync(join(scratch, 'out.js'), 'utf8');
		// One line of each file's change: the backported clear rule, the frame-diff hook, the cursor fix.
		assert.match(out, /shouldClearTerminalForFrame = \(\{/);
		assert.match(out, /frameDiff: options\.frameDiff/);
		assert.match(out, /cursorUp\(previousLines\.length - 1\)/);
		assert.doesNotMatch(out, /cursorUp\(previousVisible - 1\)/);
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
});
