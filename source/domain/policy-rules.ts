// What follows from a system's policies: the value a control group's attribute takes when it
// runs (*BKUPCY followed to the backup policy, a media policy to its retention), the checks of a
// backup policy, and the steps between the policy as applied and as changed locally.

import {attributeTitle} from './attributes.js';
import type {ControlGroup} from './control-group.js';
import {isName} from './ibmi-names.js';
import {type BackupPolicy, BKUPCY, type MediaPolicy, POLICY_ATTRIBUTES, retentionText} from './policies.js';

/** The value a group's attribute takes when it runs: its own, or the backup policy's for *BKUPCY. */
export function resolvedAttribute(group: ControlGroup, key: string, backupPolicy: BackupPolicy): string | string[] | null {
	const own = group.attributes[key] ?? null;
	const isPolicy = Array.isArray(own) ? own.length === 1 && own[0] === BKUPCY : own === BKUPCY;
	return isPolicy ? (backupPolicy.attributes[key] ?? null) : own;
}

export type PolicyProblem = {key: string; text: string};

/** A backup policy's values: each as its attribute allows, *BKUPCY excepted (the policy is where it leads). */
export function checkBackupPolicy(backupPolicy: BackupPolicy): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	if (!/^[FI ]{7}$/.test(backupPolicy.defaultActivity))
		problems.push({key: 'defaultActivity', text: `Default weekly activity ${backupPolicy.defaultActivity || "' '"} not valid; use 7 of F, I or blank.`});
	for (const definition of POLICY_ATTRIBUTES) {
		const value = backupPolicy.attributes[definition.key];
		const values = Array.isArray(value) ? value : [value ?? ''];
		const {rule} = definition;
		const allowed = (one: string): boolean => {
			if (one === BKUPCY) return false;
			switch (rule.kind) {
				case 'choice':
					return rule.values.includes(one);
				case 'name':
				case 'names':
					return rule.specials.includes(one) || isName(one);
				case 'number':
					return rule.specials.includes(one) || (/^\d+$/.test(one) && Number(one) >= rule.min && Number(one) <= rule.max);
				case 'release':
					return true;
			}
		};
		const bad = values.find(one => !allowed(one));
		if (bad !== undefined || values.length === 0 || (rule.kind === 'names' && values.length > rule.max))
			problems.push({
				key: definition.key,
				text: `${attributeTitle(definition)} ${bad || "' '"} not valid in the backup policy; use ${definition.hint.replace(/, \*BKUPCY/, '')}.`,
			});
	}
	return problems;
}

/** A backup policy as last applied and as kept locally: the steps of WRKPCYBRM *BKU option 1 that make one the other. */
export function backupPolicyChanges(applied: BackupPolicy, local: BackupPolicy): Array<{where: string; from: string; to: string}> {
	const shown = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value.join(' ') : (value ?? '')) || '(blank)';
	const changes: Array<{where: string; from: string; to: string}> = [];
	if (applied.defaultActivity !== local.defaultActivity)
		changes.push({where: 'Default weekly activity', from: shown(applied.defaultActivity), to: shown(local.defaultActivity)});
	for (const definition of POLICY_ATTRIBUTES) {
		const from = shown(applied.attributes[definition.key]);
		const to = shown(local.attributes[definition.key]);
		if (from !== to) changes.push({where: attributeTitle(definition), from, to});
	}
	return changes;
}

/**
 * What each of a group's attributes resolves to on this system, as option 5 says it beside the
 * value: a media policy's retention (through the backup policy for *BKUPCY), the backup policy's
 * value for any other *BKUPCY. Attributes with their own value (not media policies) are left out.
 */
export function resolvedAttributes(group: ControlGroup, backupPolicy: BackupPolicy, mediaPolicies: readonly MediaPolicy[]): Record<string, string> {
	const resolved: Record<string, string> = {};
	const shown = (value: string | string[] | null) => (Array.isArray(value) ? value.join(' ') : (value ?? ''));
	for (const key of ['fullMediaPolicy', 'incrMediaPolicy'] as const) {
		const viaPolicy = group.attributes[key] === BKUPCY;
		const name = shown(resolvedAttribute(group, key, backupPolicy));
		const media = mediaPolicies.find(each => each.name === name);
		const retention = media ? retentionText(media.retention) : 'not on system';
		resolved[key] = viaPolicy ? `${name}: ${retention}` : media ? `Retain ${retention}` : 'Not on this system';
	}
	for (const definition of POLICY_ATTRIBUTES) {
		const own = group.attributes[definition.key] ?? null;
		if (definition.key in resolved || !(Array.isArray(own) ? own.includes(BKUPCY) : own === BKUPCY)) continue;
		resolved[definition.key] = `Policy: ${shown(resolvedAttribute(group, definition.key, backupPolicy))}`;
	}
	if (group.defaultActivity === BKUPCY) resolved['defaultActivity'] = `Policy: ${backupPolicy.defaultActivity}`;
	return resolved;
}
