// Text on its way to the terminal. Whatever is drawn from stored or host data — a group's text,
// an exit command, a host's message, a file name — may hold characters a terminal acts on
// instead of showing: ESC (an OSC title change, a screen clear), BEL, CR (a line overwritten),
// LF (a forged row), NUL, the other C0 and C1 controls, and the bidi controls (U+202E turns the
// rest of a line around). Each is drawn as U+FFFD, one cell wide, so nothing moves on the
// screen and nothing is hidden. The screen model (model.ts) and every line the CLI prints go
// through here; what a field may hold on input is the domain's rule (domain/field-text.ts).

// C0, DEL, C1; Arabic letter mark; zero-width and direction marks, line and paragraph separators,
// embeddings and overrides; word joiner to the isolates; BOM; interlinear annotation.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const UNSAFE_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// What JSON.stringify leaves raw: DEL and the non-ASCII ones.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

export const REPLACEMENT_CHARACTER = '\ufffd';

/** Whether a character can be drawn as it is (no control character). */
export function isDrawable(character: string): boolean {
	UNSAFE.lastIndex = 0;
	return !UNSAFE.test(character);
}

/** One line of text as it may be drawn: every control character replaced by U+FFFD. */
export function safeText(text: string): string {
	UNSAFE.lastIndex = 0;
	return UNSAFE.test(text) ? text.replace(UNSAFE, REPLACEMENT_CHARACTER) : text;
}

/** Several lines (our own line breaks kept): every other control character replaced by U+FFFD. */
export function safeLines(text: string): string {
	return text.replace(UNSAFE_EXCEPT_NEWLINE, REPLACEMENT_CHARACTER);
}

/** A value (a group as JSON shows it) with every string in it made safe to draw (safeText). */
export function safeStrings<T>(value: T): T {
	if (typeof value === 'string') return safeText(value) as T;
	if (Array.isArray(value)) return value.map(safeStrings) as T;
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, safeStrings(each)])) as T;
	return value;
}

/** JSON for a terminal or a file: as JSON.stringify, with the characters it leaves raw written as \uXXXX (same value). */
export function jsonText(value: unknown, indent = 2): string {
	return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
