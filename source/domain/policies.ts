// The policies a control group's *BKUPCY values and media-policy names point at, as data on
// each system: media policies (name, text, retention type and value, media class) and the
// backup policy (WRKPCYBRM *BKU, option 1: the value each *BKUPCY attribute and the *BKUPCY
// default activity take). brms.md §4.2 [V]: "*BKUPCY: use the value in the backup policy";
// the media-policy names FULL, INCR, SAVSYS, SYSTEM, QLTSSVR [K]/[V] (§4.2, §7.1).
// Unverified [K]: the retention of each shipped media policy, their media class, and the
// shipped backup policy's values — plausible fills, kept here in one place. BRMS offers no
// documented read of either from a host (brms.md §6, §10.4), so a system's store keeps them.
// This module is the model and its tables; what follows from them (resolving *BKUPCY, checking
// a policy, the steps between two) is policy-rules.ts.

import {ATTRIBUTE_DEFINITIONS, type AttributeDefinition} from './attributes.js';
import {type Attributes, compareNames} from './control-group.js';

export const BKUPCY = '*BKUPCY';

/** A media policy's retention: BRMS's retention types [K]. */
export const RETENTION_TYPES = ['*DAYS', '*VERSION', '*DATE', '*PERM'] as const;
export type RetentionType = (typeof RETENTION_TYPES)[number];

export type MediaPolicy = {
	name: string;
	text: string;
	retention: {type: RetentionType; value: string | null};
	mediaClass: string;
};

/** The retention as a line says it: "35 days", "3 versions", "until 12/31/27", "permanent". */
export function retentionText({type, value}: MediaPolicy['retention']): string {
	switch (type) {
		case '*DAYS':
			return `${value} days`;
		case '*VERSION':
			return `${value} versions`;
		case '*DATE':
			return `until ${value}`;
		case '*PERM':
			return 'permanent';
	}
}

const policy = (name: string, text: string, type: RetentionType, value: string | null, mediaClass = '*SYSPCY'): MediaPolicy => ({
	name,
	text,
	retention: {type, value},
	mediaClass,
});

/** The media policies BRMS creates on every system [K: names from brms.md §4.2, retention plausible]. */
export function shippedMediaPolicies(): MediaPolicy[] {
	return [
		policy('ARCHIVAL', 'Entry created by BRM configuration', '*DAYS', '1725'),
		policy('FULL', 'Entry created by BRM configuration', '*DAYS', '35'),
		policy('INCR', 'Entry created by BRM configuration', '*DAYS', '14'),
		policy('SAVSYS', 'Entry created by BRM configuration', '*DAYS', '1725'),
		policy('SYSTEM', 'Entry created by BRM configuration', '*DAYS', '90'),
	];
}

/** The demo system's: the shipped ones and the Lotus strategy's QLTSSVR (brms.md §7.1 [V] name; retention [?]), in EBCDIC order as BRMS lists them. */
export function demoMediaPolicies(): MediaPolicy[] {
	return [...shippedMediaPolicies(), policy('QLTSSVR', 'Online backup of Lotus servers', '*DAYS', '35')].sort((a, b) => compareNames(a.name, b.name));
}

/** The attributes a backup policy gives a value to: those that take *BKUPCY. */
export const POLICY_ATTRIBUTES: readonly AttributeDefinition[] = ATTRIBUTE_DEFINITIONS.filter(definition => {
	const {rule} = definition;
	return (rule.kind === 'choice' ? rule.values : rule.specials).includes(BKUPCY);
});

/** The backup policy: a value, never *BKUPCY, for each policy attribute, and the default weekly activity. */
export type BackupPolicy = {defaultActivity: string; attributes: Attributes};

/** The shipped backup policy [K: plausible values; FULL and INCR as brms.md §1.3 says]. */
export function shippedBackupPolicy(): BackupPolicy {
	const known: Record<string, string | string[]> = {
		fullMediaPolicy: 'FULL',
		incrMediaPolicy: 'INCR',
		backupDevices: ['*MEDCLS'],
		signOffInteractiveUsers: '*NO',
		signOffLimit: '30',
		incrementalType: '*CUML',
		forceFullBackupDays: '*NOMAX',
		automaticallyBackupMediaInformation: '*LIB',
		dataCompression: '*DEV',
		endOfMediaOption: '*REWIND',
		endServerWaitTime: '300',
		backupItemExitProgram: '*NONE',
		iplAfterBackup: '*NO',
		iplHowToEnd: '*IMMED',
		iplDelayTime: '3600',
		iplSource: '*PANEL',
		iplRestartType: '*IPLA',
	};
	const attributes: Record<string, string | string[] | null> = {};
	for (const definition of POLICY_ATTRIBUTES) {
		const {rule} = definition;
		const first = (rule.kind === 'choice' ? rule.values : rule.specials).find(value => value !== BKUPCY);
		attributes[definition.key] = known[definition.key] ?? first ?? '*NONE';
	}
	return {defaultActivity: 'FIIIIII', attributes: attributes as Attributes};
}
