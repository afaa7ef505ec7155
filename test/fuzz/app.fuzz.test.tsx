// 5,000 random keystrokes through the rendered app (Ink + ink-testing-library), sent as the
// terminal bytes of the key table, sometimes several in one burst as a fast typist or a paste
// sends them: no exception, a full 24-line screen at the end, and a store that stays valid.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {DEFAULT_KEY_TABLE} from '../../source/ui/keys/key-table.js';
import {renderApp} from '../helpers/ink-app.js';
import {random, reportSeed, seedOr} from '../helpers/seed.js';
import {assertStoreValid, firstPanel, fuzzSystem} from './fuzz-helpers.js';

const KEYS = 5000;
const TYPED = ['1', '2', '4', '5', '6', '*', 'Y', 'E', 'S', 'N', 'O', 'F', 'I', ' ', 'A', '0'];
// The Esc-prefix rows need the Esc in front; Ctrl+C and the undefined keys are included on purpose.
const SEQUENCES = DEFAULT_KEY_TABLE.map(row => (row.source === 'esc' ? `\u001B${row.sequence}` : row.sequence));

test(`${KEYS} random keystrokes through the rendered app`, async t => {
	const seed = seedOr(20_261_125);
	reportSeed(t, seed, 'app.fuzz');
	const next = random(seed);
	const {store, services} = fuzzSystem(next, () => 'app');
	const errors: unknown[] = [];
	const onError = (error: unknown) => errors.push(error);
	process.on('uncaughtException', onError);
	let screen = await renderApp(firstPanel(), services);
	try {
		let sent = 0;
		while (sent < KEYS) {
			const burst: string[] = [];
			const size = next() < 0.7 ? 1 : 2 + Math.floor(next() * 6);
			for (let index = 0; index < size; index++, sent++) {
				const roll = next();
				let sequence = roll < 0.5 ? TYPED[Math.floor(next() * TYPED.length)]! : SEQUENCES[Math.floor(next() * SEQUENCES.length)]!;
				// F3 and Esc 3 would end the app too often for the walk to go anywhere.
				if (/^(\u001BOR|\u001B\[13~|\u001B3)$/.test(sequence) && next() < 0.9) sequence = '\r';
				burst.push(sequence);
			}
			await screen.press(burst.join(''));
			if (screen.stack()?.exited) {
				screen.unmount();
				screen = await renderApp(firstPanel(), services);
			}
		}
		assert.deepEqual(errors, []);
		assert.equal(screen.lines().length, 24);
		assertStoreValid(store, 'after the rendered fuzz');
	} finally {
		process.off('uncaughtException', onError);
		screen.unmount();
	}
});
