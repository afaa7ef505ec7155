// The user's own key rows, in keys.json beside the store (BRMS_TUI_HOME or the config folder):
//   {"bindings": [{"sequence": "\u001b[25~", "key": "F15", "label": "Shift+F3 (PuTTY)"},
//                 {"afterEsc": "k", "key": "FieldExit"}]}
// A row whose sequence the default map has replaces that row.

import {join} from 'node:path';
import Conf from 'conf';
import {assertFileOrAbsent, FileAccessError} from '../store/durable-file.js';
import {storeFolder, storeLocation} from '../store/location.js';
import {KEY_NAMES, type KeyName} from '../ui/keys/key-names.js';
import type {KeyBinding} from '../ui/keys/key-table.js';

type KeyFileRow = {sequence?: unknown; afterEsc?: unknown; key?: unknown; label?: unknown};

export class KeyMapFileError extends Error {}

export function readKeyOverrides(env: NodeJS.ProcessEnv = process.env): {path: string; bindings: KeyBinding[]} {
	const path = join(storeFolder(env), 'keys.json');
	let file: Conf<{bindings: KeyFileRow[]}>;
	let rows: unknown;
	try {
		assertFileOrAbsent(path);
		file = new Conf<{bindings: KeyFileRow[]}>({...storeLocation(env), configName: 'keys', clearInvalidConfig: false});
		rows = file.get('bindings', []);
	} catch (error) {
		throw new KeyMapFileError(
			`The key map ${path} cannot be read: ${error instanceof FileAccessError ? error.message.replace(/^Cannot read [^:]*: /, '') : (error as Error).message}`,
		);
	}
	if (!Array.isArray(rows)) throw new KeyMapFileError(`The key map ${file.path} must hold "bindings": [ … ].`);
	const bindings = rows.map((row: KeyFileRow, index): KeyBinding => {
		const where = `${file.path}, binding ${index + 1}`;
		if (typeof row.key !== 'string' || !(KEY_NAMES as readonly string[]).includes(row.key)) {
			throw new KeyMapFileError(`${where}: key must be one of ${KEY_NAMES.join(' ')}.`);
		}
		const afterEsc = typeof row.afterEsc === 'string' && row.afterEsc !== '';
		const sequence = afterEsc ? row.afterEsc : row.sequence;
		if (typeof sequence !== 'string' || sequence === '') throw new KeyMapFileError(`${where}: give "sequence" or "afterEsc".`);
		const label = typeof row.label === 'string' ? row.label : afterEsc ? `Esc ${sequence}` : JSON.stringify(sequence);
		return {sequence, key: row.key as KeyName, source: afterEsc ? 'esc' : 'xterm', label};
	});
	return {path: file.path, bindings};
}
