import assert from 'node:assert/strict';
import {test} from 'node:test';
import {MESSAGES, message} from '../../source/domain/messages.js';
import {KIT_MESSAGES, OPERATOR_ERRORS} from '../../source/ui/fields/operator-errors.js';

test('every message ID is used once across the domain and the display kit', () => {
	const ids = [...Object.values(MESSAGES), ...Object.values(KIT_MESSAGES), ...Object.values(OPERATOR_ERRORS)].map(each => each.id);
	assert.equal(new Set(ids).size, ids.length);
});

test('brms-tui IDs are marked unverified and never look like IBM message IDs', () => {
	for (const [key, definition] of Object.entries(MESSAGES)) {
		assert.match(definition.id, /^TUI\d{4}$/, key);
		assert.equal(definition.verified, false, key);
	}
});

test('substitution variables are filled in order', () => {
	assert.deepEqual(message('swaNotValid', '*SYNC', 'library items', '*NO, *YES'), {
		id: 'TUI0209',
		text: 'Save while active *SYNC not valid for library items; use *NO, *YES.',
	});
});
