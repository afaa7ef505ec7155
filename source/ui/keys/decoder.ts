// Turns terminal input events (one escape sequence or one run of text each, as Ink's input
// parser splits them) into 5250 keystrokes, with tn5250's Esc prefix: a lone Esc arms the
// prefix, and the next key is read with the Esc table (Esc 1 = F1, Esc F1 = F13 …).

import {functionKeyNumber, isFunctionKey, type KeyName, type Keystroke} from './key-names.js';
import {DEFAULT_KEY_TABLE, type KeyBinding} from './key-table.js';

const ESC = '\u001B';

export type DecoderOptions = {
	/** How long an armed Esc prefix waits for its key (keys-5250.md §6: about 1.5 s). */
	prefixTimeoutMs?: number;
};

export class KeyDecoder {
	private readonly direct = new Map<string, KeyBinding>();
	private readonly afterEsc = new Map<string, KeyBinding>();
	private readonly prefixTimeoutMs: number;
	private armedAt: number | undefined;

	constructor(table: readonly KeyBinding[] = DEFAULT_KEY_TABLE, options: DecoderOptions = {}) {
		for (const binding of table) {
			(binding.source === 'esc' ? this.afterEsc : this.direct).set(binding.sequence, binding);
		}
		this.prefixTimeoutMs = options.prefixTimeoutMs ?? 1500;
	}

	/** True while an Esc waits for its key (shown in the status area as "Esc-"). */
	prefixArmed(now = Date.now()): boolean {
		return this.armedAt !== undefined && now - this.armedAt <= this.prefixTimeoutMs;
	}

	/** The binding a sequence matches, for the key-test panel. */
	lookup(sequence: string): KeyBinding | undefined {
		return this.direct.get(sequence);
	}

	feed(event: string, now = Date.now()): Keystroke[] {
		if (event === '') return [];
		const armed = this.prefixArmed(now);
		this.armedAt = undefined;

		// Esc typed just before another key arrives glued to it (Alt+F1, fast typing).
		if (event.startsWith(ESC + ESC)) {
			this.armedAt = now;
			return this.feed(event.slice(1), now);
		}

		if (event === ESC) {
			if (armed) return []; // a second Esc cancels the prefix
			this.armedAt = now;
			return [{kind: 'prefix', raw: event}];
		}

		if (armed) {
			const shifted = this.shiftedFunctionKey(event);
			if (shifted) return [{kind: 'key', name: shifted, raw: ESC + event}];
			const [first = '', ...rest] = Array.from(event);
			const binding = this.afterEsc.get(first);
			if (binding) return [{kind: 'key', name: binding.key, raw: ESC + first}, ...this.text(rest.join(''))];
			return this.feed(event, now);
		}

		const binding = this.direct.get(event);
		if (binding) return [{kind: 'key', name: binding.key, raw: event}];

		if (event.startsWith(ESC)) {
			// Alt+x arrives as one event "ESC x": the same as Esc then x.
			const alt = event.length === 2 ? this.afterEsc.get(event.charAt(1)) : undefined;
			return [alt ? {kind: 'key', name: alt.key, raw: event} : {kind: 'unknown', raw: event}];
		}

		return this.text(event);
	}

	/** Esc followed by F1..F12 is F13..F24: a route to F13-F24 on any keyboard layout. */
	private shiftedFunctionKey(sequence: string): KeyName | undefined {
		const binding = this.direct.get(sequence);
		if (!binding || !isFunctionKey(binding.key)) return undefined;
		const number = functionKeyNumber(binding.key);
		return number <= 12 ? (`F${number + 12}` as KeyName) : undefined;
	}

	private text(run: string): Keystroke[] {
		const keys: Keystroke[] = [];
		for (const character of run) {
			const binding = this.direct.get(character);
			if (binding) keys.push({kind: 'key', name: binding.key, raw: character});
			else if (character < ' ') keys.push({kind: 'unknown', raw: character});
			else keys.push({kind: 'char', char: character, raw: character});
		}
		return keys;
	}
}
