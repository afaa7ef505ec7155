// The import rules of shared/spec/architecture.md, checked on every source file:
// domain imports nothing else; ui nothing of domain, store, host or panels; store and host
// never ui or panels; panels never store or host directly (they get them through interfaces).

import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const SOURCE = fileURLToPath(new URL('../source', import.meta.url));

const FORBIDDEN: Record<string, string[]> = {
	domain: ['store', 'host', 'ui', 'panels', 'cli'],
	ui: ['domain', 'store', 'host', 'panels', 'cli'],
	store: ['ui', 'panels', 'cli', 'host'],
	host: ['ui', 'panels', 'cli', 'store'],
	panels: ['store', 'host', 'cli'],
};

function files(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry =>
		entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

test('each folder imports only what the architecture allows', () => {
	const violations: string[] = [];
	for (const file of files(SOURCE)) {
		const folder = relative(SOURCE, file).split('/')[0]!;
		const forbidden = FORBIDDEN[folder] ?? [];
		for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
			const imported = relative(SOURCE, resolve(dirname(file), target!)).split('/')[0]!;
			if (forbidden.includes(imported)) violations.push(`${relative(SOURCE, file)} imports ${target}`);
		}
	}
	assert.deepEqual(violations, []);
});
