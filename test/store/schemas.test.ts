// conf compiles our schemas with validateSchema off (start-up time: SCHEMA_COMPILE_OPTIONS), so
// this test is where they are checked against the JSON Schema 2020-12 meta-schema (and Ajv's default strict mode).

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Ajv2020} from 'ajv/dist/2020.js';
import {STORE_SCHEMA} from '../../source/store/store-document.js';
import {SYSTEMS_SCHEMA} from '../../source/store/systems-store.js';

for (const [name, properties] of Object.entries({store: STORE_SCHEMA, systems: SYSTEMS_SCHEMA})) {
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
