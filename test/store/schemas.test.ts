// Our schemas are compiled ahead of time (scripts/generate-validators.ts) without meta-schema
// checks, so this test is where they are checked against the JSON Schema 2020-12 meta-schema (and Ajv's default strict mode).

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Ajv2020} from 'ajv/dist/2020.js';
import {PROGRESS_SCHEMA} from '../../source/store/progress-schema.js';
import {STORE_SCHEMA} from '../../source/store/store-document.js';
import {SYSTEMS_SCHEMA} from '../../source/store/systems-schema.js';

for (const [name, properties] of Object.entries({store: STORE_SCHEMA, systems: SYSTEMS_SCHEMA, progress: PROGRESS_SCHEMA})) {
	test(`the ${name} schema is valid JSON Schema 2020-12 (as conf wraps it)`, () => {
		const ajv = new Ajv2020({allErrors: true});
		const schema = {type: 'object', properties};
		assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
		assert.doesNotThrow(() => ajv.compile(schema));
	});
}

test('a broken schema is caught by the same check', () => {
	const ajv = new Ajv2020();
	assert.equal(ajv.validateSchema({type: 'object', properties: {seq: {type: 'integr'}}}), false);
});

// Nothing writes the generated files but `npm run generate` (not the build, not npm test), so a
// schema changed without regenerating fails here: generated again in memory, compared, not written.
test('the committed validators are the ones the schemas give now', async () => {
	const {readFileSync} = await import('node:fs');
	const {fileURLToPath} = await import('node:url');
	const {VALIDATORS, validatorSource} = await import('../../scripts/generate-validators.js');
	for (const validator of VALIDATORS) {
		const committed = readFileSync(fileURLToPath(new URL(`../../${validator.path}`, import.meta.url)), 'utf8');
		assert.equal(committed, validatorSource(validator), `run npm run generate and commit ${validator.path}`);
	}
});

test('the bundle carries no JSON Schema compiler: conf is given no schema, the validators are compiled', async () => {
	const {readFileSync} = await import('node:fs');
	const {fileURLToPath} = await import('node:url');
	// The bundle is minified: the build lists what went into it (esbuild's inputs).
	const inputs = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/brms-tui-main.inputs.json', import.meta.url)), 'utf8')) as string[];
	const bundled = (pattern: RegExp) => inputs.filter(input => pattern.test(input));
	assert.deepEqual(bundled(/^node_modules\/(ajv\/(?!dist\/runtime\/ucs2length\.js)|ajv-formats\/|semver\/|fast-uri\/)/), []);
	assert.deepEqual(bundled(/^node_modules\/ajv\//), ['node_modules/ajv/dist/runtime/ucs2length.js'], 'only the string-length helper the validators use');
	assert.ok(bundled(/^node_modules\/conf\//).length > 0, 'conf is in the bundle');
});
