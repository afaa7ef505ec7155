// npm run screenshots in CI: every picture is generated from the running components, holds its
// panel's title on its row, equals the committed one (regenerating changes nothing), and the
// README shows each of them; screenshots/ holds no picture the generator does not make.

import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';
import {generateScreenshots, SHOTS} from '../screenshots/generate.js';

const COMMITTED = fileURLToPath(new URL('../screenshots/', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

/** The words drawn on one row (1-based), in order: each <text> sits on its row's baseline. */
function rowText(svg: string, row: number): string {
	const baseline = (row - 1) * 20 + 15;
	return [...svg.matchAll(/<text x="(\d+)" y="(\d+)"[^>]*>([^<]*)<\/text>/g)]
		.filter(match => Number(match[2]) === baseline)
		.map(match => match[3])
		.join(' ');
}

test('every panel is pictured, each SVG holds its title on its row, and the committed pictures are current', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-screenshots-'));
	const written = await generateScreenshots(folder);
	assert.deepEqual(written, SHOTS.map(shot => shot.file));
	assert.equal(new Set(written).size, written.length, 'one file per picture');
	const stale: string[] = [];
	for (const shot of SHOTS) {
		const svg = readFileSync(join(folder, shot.file), 'utf8');
		assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="480"/, shot.file);
		assert.ok(rowText(svg, shot.titleRow ?? 1).includes(shot.title), `${shot.file} does not show "${shot.title}" on row ${shot.titleRow ?? 1}: ${rowText(svg, shot.titleRow ?? 1)}`);
		if (readFileSync(join(COMMITTED, shot.file), 'utf8') !== svg) stale.push(shot.file);
	}
	assert.deepEqual(stale, [], 'run npm run screenshots and commit the pictures');
	assert.deepEqual(readdirSync(COMMITTED).filter(file => file.endsWith('.svg')).sort(), [...written].sort(), 'no stray pictures in screenshots/');
	assert.deepEqual(SHOTS.filter(shot => !README.includes(`(screenshots/${shot.file})`)).map(shot => shot.file), [], 'the README shows every picture');
});
