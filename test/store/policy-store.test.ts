import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {demoMediaPolicies, shippedBackupPolicy} from '../../source/domain/policies.js';
import {PolicyStore} from '../../source/store/policy-store.js';
import {StoreFormatError} from '../../source/store/store-document.js';

const SEED = {mediaPolicies: demoMediaPolicies, backupPolicy: shippedBackupPolicy};

test('a new policy file starts from the seed, applied as it is; a change is kept apart from the applied policy until marked', () => {
	const env = {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-policies-'))};
	const store = new PolicyStore('demo', SEED, env);
	assert.deepEqual(store.mediaPolicies(), demoMediaPolicies());
	// Opening and reading write nothing (list, show and export leave the folder as it was).
	assert.deepEqual(readdirSync(env.BRMS_TUI_HOME), []);
	const changed = {...store.backupPolicy(), defaultActivity: 'FFFFFFF'};
	store.saveBackupPolicy(changed);
	assert.deepEqual(readdirSync(env.BRMS_TUI_HOME), ['policies-demo.json']);
	assert.equal(statSync(store.path).mode & 0o777, 0o600);
	const again = new PolicyStore('demo', {mediaPolicies: () => [], backupPolicy: shippedBackupPolicy}, env);
	assert.equal(again.backupPolicy().defaultActivity, 'FFFFFFF');
	assert.equal(again.appliedBackupPolicy().defaultActivity, 'FIIIIII');
	again.markBackupPolicyApplied();
	assert.equal(new PolicyStore('demo', SEED, env).appliedBackupPolicy().defaultActivity, 'FFFFFFF');
});

test('a policy file that is not JSON, or not as brms-tui wrote it, stops with its path and is left untouched', () => {
	for (const content of [
		'{not json',
		JSON.stringify({version: 1, mediaPolicies: [{name: 'X'}], backupPolicy: {}, appliedBackupPolicy: {}}),
		JSON.stringify({version: 9}),
	]) {
		const home = mkdtempSync(join(tmpdir(), 'brms-tui-policies-'));
		const path = join(home, 'policies-demo.json');
		writeFileSync(path, content);
		assert.throws(
			() => new PolicyStore('demo', SEED, {BRMS_TUI_HOME: home}),
			(error: unknown) => error instanceof StoreFormatError && error.path === path,
			content,
		);
		assert.equal(readFileSync(path, 'utf8'), content);
	}
});
