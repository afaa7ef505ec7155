// npm run screenshots in CI: every picture is generated from the running components, holds its
// panel's title, and equals the committed one (regenerating changes nothing).

import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';
import {generateScreenshots, SHOTS} from '../screenshots/generate.js';

const COMMITTED = fileURLToPath(new URL('../screenshots/', import.meta.url));

test('every panel is pictured, each SVG holds its title, and the committed pictures are current', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'brms-tui-screenshots-'));
	const written = await generateScreenshots(folder);
	assert.equal(written.length, SHOTS.length);
	const stale: string[] = [];
	for (const shot of SHOTS) {
		const svg = readFileSync(join(folder, shot.file), 'utf8');
		assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="480"/, shot.file);
		const text = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(match => match[1]).join(' ');
		assert.ok(text.includes(shot.title), `${shot.file} does not show "${shot.title}"`);
		if (readFileSync(join(COMMITTED, shot.file), 'utf8') !== svg) stale.push(shot.file);
	}
	assert.deepEqual(stale, [], 'run npm run screenshots and commit the pictures');
});
