// A line of the screen as @alcalzone/ansi-tokenize's tokens, with a fast path for the lines a
// 5250 panel draws: printable ASCII and SGR codes. tokenize() walks every line with
// Intl.Segmenter (grapheme clusters), which cost 38% of the CPU of the frame-diff tests and
// is the largest part of a keystroke's diff; in printable ASCII each character is its own
// grapheme and one column wide, so the tokens can be made directly. Any other line — non-ASCII
// text, control characters, links — goes through tokenize() as before.

import {type Token, tokenize} from '@alcalzone/ansi-tokenize';

/** Only printable ASCII and complete SGR sequences (what tokenize reads as one code each). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR sequence starts with ESC
const PLAIN_LINE = /^(?:[\x20-\x7e]|\u001B\[[0-9;]*m)*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR sequence starts with ESC
const PARTS = /\u001B\[[0-9;]*m|[\x20-\x7e]+/g;

/** The tokens of each SGR sequence seen, as tokenize reads it (a compound one splits in several). */
const codeTokens = new Map<string, Token[]>();

function tokensOfCode(code: string): Token[] {
	let tokens = codeTokens.get(code);
	if (!tokens) {
		// Frozen: the same token objects stand in many lines (the library only reads them).
		tokens = Object.freeze(tokenize(code).map(token => Object.freeze(token))) as Token[];
		codeTokens.set(code, tokens);
	}
	return tokens;
}

/** The same tokens tokenize(line) gives. */
export function tokenizeLine(line: string): Token[] {
	if (!PLAIN_LINE.test(line)) return tokenize(line);
	const tokens: Token[] = [];
	for (const [part] of line.matchAll(PARTS)) {
		if (part.charCodeAt(0) === 0x1b) tokens.push(...tokensOfCode(part));
		else for (const value of part) tokens.push({type: 'char', value, fullWidth: false});
	}
	return tokens;
}
