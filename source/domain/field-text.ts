// What a 5250 field can hold: the printable characters of the job's character set. brms-tui
// takes CCSID 37 (and the other Latin-1 EBCDIC code pages: 273, 277, 280, 284, 285, 297, 500 …)
// as that set: Unicode U+0020-U+007E and U+00A0-U+00FF. Nothing else — no ESC, BEL, CR, LF, NUL,
// no other C0 or C1 control, no bidi override such as U+202E, nothing a terminal would act on —
// can be typed on a 5250 or stored by BRMS, so brms-tui refuses it on input (import, panels,
// command line). Values are checked before any case folding: IBM i names are upper-cased only
// from a-z, so `ſyswodom` is not SYSWODOM and `ﬃ` is not FFI.

const FIELD_CHARACTER = /^[\u0020-\u007e\u00a0-\u00ff]$/u;

/** U+001B, for a message. */
export function codePoint(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character a 5250 field cannot hold, and its place (1-based), or undefined. */
export function unfitCharacter(value: string): {character: string; codePoint: string; position: number} | undefined {
	let position = 0;
	for (const character of value) {
		position++;
		if (!FIELD_CHARACTER.test(character)) return {character, codePoint: codePoint(character), position};
	}
	return undefined;
}

/** Upper case as IBM i folds a name typed in lower case: a-z only; anything else stays as it is (and fails the name's rule). */
export function upperAscii(value: string): string {
	return value.replace(/[a-z]+/g, letters => letters.toUpperCase());
}

/** Every string in a value (a group as imported), with its path: `text`, `entries[2].exitCommand`, `attributes.backupDevices[0]`. */
export function stringsIn(value: unknown, path = ''): Array<{path: string; value: string}> {
	if (typeof value === 'string') return [{path, value}];
	if (Array.isArray(value)) return value.flatMap((each, index) => stringsIn(each, `${path}[${index}]`));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, each]) => stringsIn(each, path ? `${path}.${key}` : key));
	return [];
}
