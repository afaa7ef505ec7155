// npm run screenshots in CI: every panel of the registry has a picture; every picture is generated
// from the running components, holds its panel's title (the registry's) on row 1 and what only it
// shows on their rows (so no two pictures pass for each other), equals the committed one
// (regenerating changes nothing), and the README shows each of them; screenshots/ holds no
// picture the generator does not make.

import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {generateScreenshots, type RowText, SHOTS, type Shot, titleOf} from '../screenshots/generate.js';
import {PANEL_IDS} from '../source/panels/registry.js';

const COMMITTED = fileURLToPath(new URL('../screenshots/', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const CELL_WIDTH = 10;
const CELL_HEIGHT = 20;
const COLUMNS = 80;

const unescapeXml = (text: string) => text.replace(/&(lt|gt|amp);/g, (_, name: string) => ({lt: '<', gt: '>', amp: '&'})[name]!);

/**
 * One row (1-based) as its 80 cells: each <text> is a word placed at its own cell (x = column
 * times the cell width, textLength = its cells), so the row is rebuilt cell by cell and text
 * between words keeps its blanks.
 */
function rowText(svg: string, row: number, columns = COLUMNS): string {
	const baseline = (row - 1) * CELL_HEIGHT + 15;
	const cells = Array<string>(columns).fill(' ');
	const taken = Array<boolean>(columns).fill(false);
	for (const match of svg.matchAll(/<text x="(\d+)" y="(\d+)"[^>]*textLength="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
		if (Number(match[2]) !== baseline) continue;
		const x = Number(match[1]);
		const word = [...unescapeXml(match[4]!)];
		assert.equal(x % CELL_WIDTH, 0, `a word off the cell grid at x=${x} on row ${row}`);
		assert.equal(Number(match[3]), word.length * CELL_WIDTH, `"${match[4]}" on row ${row} is not one cell a character`);
		word.forEach((character, index) => {
			const column = x / CELL_WIDTH + index;
			assert.ok(column < columns && !taken[column], `"${match[4]}" on row ${row} overlaps another word or the edge`);
			taken[column] = true;
			cells[column] = character;
		});
	}
	return cells.join('');
}

/** Title on row 1 and every text the shot says only it shows: each on its row. */
const checksOf = (shot: Shot): RowText[] => [{row: 1, text: titleOf(shot.screen)}, ...shot.shows];
/** How many columns a picture has: 80, or the larger terminal it was drawn on. */
const columnsOf = (svg: string) => Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1] ?? COLUMNS * CELL_WIDTH) / CELL_WIDTH;
const missing = (svg: string, checks: RowText[]) => checks.filter(({row, text}) => !rowText(svg, row, columnsOf(svg)).includes(text));

test('every panel of the registry is pictured', () => {
	assert.deepEqual(
		PANEL_IDS.filter(id => !SHOTS.some(shot => shot.screen === id)),
		[],
		'add a shot to screenshots/generate.tsx, run npm run screenshots, show it in the README',
	);
});

test('each SVG holds its title and what only it shows on their rows, and the committed pictures are current', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-screenshots-'));
	try {
		const written = await generateScreenshots(folder);
		assert.deepEqual(
			written,
			SHOTS.map(shot => shot.file),
		);
		assert.equal(new Set(written).size, written.length, 'one file per picture');
		const svgs = new Map(SHOTS.map(shot => [shot.file, readFileSync(join(folder, shot.file), 'utf8')]));
		const stale: string[] = [];
		for (const shot of SHOTS) {
			const svg = svgs.get(shot.file)!;
			const size = shot.terminal ?? {cols: COLUMNS, rows: 24};
			assert.ok(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${size.cols * CELL_WIDTH}" height="${size.rows * CELL_HEIGHT}"`), shot.file);
			assert.ok(shot.shows.length > 0, `${shot.file}: say what only it shows`);
			for (const {row, text} of missing(svg, checksOf(shot)))
				assert.fail(`${shot.file} does not show "${text}" on row ${row}: "${rowText(svg, row, columnsOf(svg))}"`);
			if (readFileSync(join(COMMITTED, shot.file), 'utf8') !== svg) stale.push(shot.file);
		}
		// The checks tell the pictures apart: another picture in this one's place would fail them.
		const lookAlikes = SHOTS.flatMap(shot =>
			SHOTS.filter(other => other !== shot && missing(svgs.get(other.file)!, checksOf(shot)).length === 0).map(
				other => `${other.file} passes for ${shot.file}`,
			),
		);
		assert.deepEqual(lookAlikes, [], 'what each picture shows must tell it from every other');
		assert.deepEqual(stale, [], 'run npm run screenshots and commit the pictures');
		assert.deepEqual(
			readdirSync(COMMITTED)
				.filter(file => file.endsWith('.svg'))
				.sort(),
			[...written].sort(),
			'no stray pictures in screenshots/',
		);
		assert.deepEqual(
			SHOTS.filter(shot => !README.includes(`(screenshots/${shot.file})`)).map(shot => shot.file),
			[],
			'the README shows every picture',
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
