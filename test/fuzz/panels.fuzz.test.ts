// 100,000 random keystrokes straight into the panel state machines (no rendering): no panel may
// throw, every screen must lay out, every message fit line 24 with the values the panels really
// put in it, and the store must only ever hold valid groups.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {MESSAGE_LINE_WIDTH} from '../../source/domain/messages.js';
import type {Keystroke} from '../../source/ui/keys/key-names.js';
import {createStack, type PanelStack, pressKey, screenOf} from '../../source/ui/panel/runtime.js';
import {SCREEN_24X80, toText} from '../../source/ui/screen/model.js';
import {assertStoreValid, firstPanel, fuzzStore, random, randomKeystrokes} from './fuzz-helpers.js';

const SEEDS = [20_261_125, 7, 4242, 99_991];
const KEYS_PER_SEED = 25_000;

for (const seed of SEEDS) {
	test(`${KEYS_PER_SEED} random keys into the panels (seed ${seed})`, () => {
		const next = random(seed);
		const store = fuzzStore();
		let stack: PanelStack = createStack(firstPanel(store));
		let revision = JSON.stringify(store.list());
		const panelsSeen = new Set<string>();
		const messagesSeen = new Set<string>();
		const queue: Keystroke[] = [];
		for (let index = 0; index < KEYS_PER_SEED; index++) {
			if (queue.length === 0) queue.push(...randomKeystrokes(next));
			const keystroke = queue.shift()!;
			try {
				stack = pressKey(stack, keystroke);
				if (stack.exited) stack = createStack(firstPanel(store));
				const top = stack.panels.at(-1)!;
				panelsSeen.add(top.panel.id);
				const shown = top.state.edit.error?.message ?? top.state.notice;
				if (shown) {
					assert.ok(shown.text.length <= MESSAGE_LINE_WIDTH, `${top.panel.id}: ${shown.text}`);
					messagesSeen.add(shown.id);
				}
				if (index % 50 === 0) {
					const screen = screenOf(stack, SCREEN_24X80);
					assert.equal(toText(screen).length, 24);
				}
			} catch (error) {
				assert.fail(`key ${index} (${JSON.stringify(keystroke)}) on ${stack.panels.at(-1)?.panel.id}: ${(error as Error).stack}`);
			}
			if (index % 500 === 0) {
				const now = JSON.stringify(store.list());
				if (now !== revision) {
					assertStoreValid(store, `seed ${seed}, key ${index}`);
					revision = now;
				}
			}
		}
		assertStoreValid(store, `seed ${seed}, end`);
		// The walk must really have gone beyond the first panel.
		assert.ok(panelsSeen.size >= 5, `panels reached: ${[...panelsSeen].join(', ')}`);
		assert.ok(messagesSeen.size >= 5, `messages shown: ${[...messagesSeen].join(', ')}`);
	});
}
