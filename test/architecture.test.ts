// The import rules of shared/spec/architecture.md and the README's Design section, checked on
// every source file with TypeScript's own parser: static imports, re-exports (export … from),
// dynamic import() and import types, in either quote style.
// - Folders: domain imports nothing else; ui nothing of domain, store, host, panels or cli;
//   store and host never ui or panels; panels never store or host (they ask through effects);
//   nothing in source/ imports scripts/ or test/.
// - Packages: each folder may use only the packages listed for it (domain and panels: none).
// - Views (panels/*/view.ts) draw state: from domain they may read the model and its tables
//   (control-group, values, attributes), never a rule; anything else only as a type.
// - Only panels/effects.ts makes calls and tasks on the environment: no key handler or view
//   can reach the store or the host.

import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {EXTERNAL} from '../scripts/build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'source');

const FORBIDDEN_FOLDERS: Readonly<Record<string, readonly string[]>> = {
	domain: ['store', 'host', 'ui', 'panels', 'cli'],
	ui: ['domain', 'store', 'host', 'panels', 'cli'],
	store: ['ui', 'panels', 'cli', 'host'],
	host: ['ui', 'panels', 'cli', 'store'],
	panels: ['store', 'host', 'cli'],
	cli: [],
};

/** The packages (and node: modules) each folder may import; cli wires everything. */
const PACKAGES: Readonly<Record<string, readonly RegExp[]>> = {
	domain: [],
	panels: [],
	ui: [/^ink$/, /^react$/, /^chalk$/, /^@alcalzone\/ansi-tokenize$/],
	// yaml: a trainer's lesson files (YAML or JSON), read with the line of every value.
	// node:buffer: isAscii, to read an ASCII store without decoding it (durable-file.ts).
	store: [/^conf$/, /^env-paths$/, /^ajv\/dist\/runtime\//, /^yaml$/, /^node:(fs|path|os|buffer)$/],
	// conf: the demo system keeps its job schedule in a file of its own.
	host: [/^ssh2(\/lib\/.*)?$/, /^conf$/, /^node:/],
	cli: [/./],
};

/** What a view may read of domain as values: the model and its tables, no rules. */
const VIEW_DOMAIN_MODULES = new Set(['control-group', 'values', 'attributes', 'policies']);

type Import = {specifier: string; typeOnly: boolean; kind: 'static' | 'dynamic' | 're-export' | 'import-type'};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry =>
		entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(tsx?|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

/** Every module a file refers to, with whether only its types are used. */
function importsOf(fileName: string, text: string): Import[] {
	const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const found: Import[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const bindings = clause?.namedBindings;
			const everyNamedTypeOnly =
				bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every(each => each.isTypeOnly);
			const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && everyNamedTypeOnly));
			found.push({specifier: node.moduleSpecifier.text, typeOnly, kind: 'static'});
		} else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			found.push({specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, kind: 're-export'});
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			const [argument] = node.arguments;
			// A computed specifier cannot be checked: it is refused as such.
			found.push({specifier: argument && ts.isStringLiteralLike(argument) ? argument.text : '<computed>', typeOnly: false, kind: 'dynamic'});
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
			found.push({specifier: node.argument.literal.text, typeOnly: true, kind: 'import-type'});
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** Effects the environment carries out (`{type: 'call'…}`, `{type: 'task'…}`) made in a file. */
function environmentEffects(fileName: string, text: string): string[] {
	const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const made: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'type' && ts.isStringLiteralLike(node.initializer)) {
			if (node.initializer.text === 'call' || node.initializer.text === 'task')
				made.push(`${node.initializer.text} effect at line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return made;
}

type Violation = string;

function violationsOf(path: string, text: string): Violation[] {
	const where = relative(SOURCE, path);
	const folder = where.split('/')[0]!;
	const violations: Violation[] = [];
	const isView = /^panels\/[^/]+\/view\.tsx?$/.test(where);
	for (const each of importsOf(path, text)) {
		const said = `${where} imports ${each.specifier}${each.kind === 'static' ? '' : ` (${each.kind})`}`;
		if (each.specifier === '<computed>') {
			violations.push(`${said}: a module named at run time cannot be checked`);
			continue;
		}
		if (each.specifier.startsWith('.')) {
			const target = resolve(dirname(path), each.specifier);
			const targetWhere = relative(SOURCE, target);
			// package.json: the version the CLI prints.
			if (targetWhere.startsWith('..')) {
				if (targetWhere !== '../package.json') violations.push(`${said}: outside source/`);
				continue;
			}
			const targetFolder = targetWhere.split('/')[0]!;
			if (FORBIDDEN_FOLDERS[folder]?.includes(targetFolder)) violations.push(`${said}: ${folder} may not use ${targetFolder}`);
			if (isView && !each.typeOnly && targetFolder === 'domain') {
				const module = targetWhere.replace(/^domain\//, '').replace(/\.js$/, '');
				if (!VIEW_DOMAIN_MODULES.has(module)) violations.push(`${said}: a view reads domain's model and tables only, not its rules`);
			}
			if (isView && !each.typeOnly && targetFolder === 'panels' && dirname(target) !== dirname(path))
				violations.push(`${said}: a view imports another panel's code only as types`);
			continue;
		}
		if (each.typeOnly) continue;
		const allowed = PACKAGES[folder] ?? [];
		if (!allowed.some(pattern => pattern.test(each.specifier))) violations.push(`${said}: ${folder} may not use this package`);
	}
	if (folder === 'panels' && where !== 'panels/effects.ts') {
		for (const effect of environmentEffects(path, text)) violations.push(`${where} makes a ${effect}: only panels/effects.ts asks the environment`);
	}
	return violations;
}

test('each folder imports only the folders and packages the architecture allows; views read no rules; only effects.ts asks the environment', () => {
	const violations = sourceFiles(SOURCE).flatMap(path => violationsOf(path, readFileSync(path, 'utf8')));
	assert.deepEqual(violations, []);
});

test('source/ uses only packages package.json lists; the bundle leaves out exactly its dependencies', () => {
	const {dependencies, devDependencies} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
		devDependencies: Record<string, string>;
	};
	const missing = sourceFiles(SOURCE).flatMap(path =>
		importsOf(path, readFileSync(path, 'utf8'))
			.filter(each => !each.specifier.startsWith('.') && !each.specifier.startsWith('node:') && !each.typeOnly)
			.map(each =>
				each.specifier
					.split('/')
					.slice(0, each.specifier.startsWith('@') ? 2 : 1)
					.join('/'),
			)
			.filter(name => !(name in dependencies) && !(name in devDependencies))
			.map(name => `${relative(SOURCE, path)}: ${name}`),
	);
	assert.deepEqual(missing, []);
	// Everything else is built into the bundle: what it leaves out, an install must bring.
	assert.deepEqual([...EXTERNAL].sort(), Object.keys(dependencies).sort());
});

// The checker must catch each way of reaching a module, or the rules above could be dodged.
test('the checker sees dynamic imports, re-exports in both quote styles, import types and package imports', () => {
	const domainFile = join(SOURCE, 'domain', 'example.ts');
	const cases: Array<[string, string]> = [
		["export async function f() {\n\treturn import('../host/host.js');\n}", 'domain may not use host'],
		['export {BrmsHost} from "../host/host.js";', 'domain may not use host'],
		["export * from '../ui/layout.js';", 'domain may not use ui'],
		["import {readFileSync} from 'node:fs';", 'domain may not use this package'],
		["import {render} from 'ink';", 'domain may not use this package'],
		["export const load = () => import('ssh2');", 'domain may not use this package'],
		["const name = '../host/host.js';\nexport const load = () => import(name);", 'cannot be checked'],
	];
	for (const [text, expected] of cases) {
		const found = violationsOf(domainFile, text);
		assert.ok(
			found.some(each => each.includes(expected)),
			`${JSON.stringify(text)}: ${JSON.stringify(found)}`,
		);
	}
	// Types only are no dependency at run time; a package's types are not using the package.
	assert.deepEqual(
		violationsOf(join(SOURCE, 'panels', 'x', 'view.ts'), "import type {Problem} from '../../domain/rules.js';\ntype T = typeof import('ssh2');"),
		[],
	);
	assert.ok(
		violationsOf(join(SOURCE, 'panels', 'x', 'view.ts'), "import {checkEntry} from '../../domain/rules.js';").some(each => each.includes('not its rules')),
	);
	assert.ok(
		violationsOf(join(SOURCE, 'panels', 'x', 'panel.ts'), "export const e = {type: 'call', call: env => env.listGroups()};").some(each =>
			each.includes('only panels/effects.ts'),
		),
	);
});
