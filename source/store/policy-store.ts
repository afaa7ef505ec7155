// One system's policies, kept with conf beside its control groups (policies-<system>.json):
// its media policies, its backup policy as changed locally, and the backup policy as last
// applied on the host (what the change sheet keys from). A new file starts from what the host
// is known to hold: the demo system's own policies, or for a real IBM i what BRMS ships [K]
// (BRMS has no documented read of either, brms.md §10.4). A file that is not what brms-tui
// wrote stops with a message naming it and is never overwritten.

import Conf from 'conf';
import {type BackupPolicy, type MediaPolicy, RETENTION_TYPES} from '../domain/policies.js';
import {withFileLock} from './file-lock.js';
import {storeLocation} from './location.js';
import {StoreFormatError} from './store-document.js';

type PolicyDocument = {version: 1; mediaPolicies: MediaPolicy[]; backupPolicy: BackupPolicy; appliedBackupPolicy: BackupPolicy};

export type PolicySeed = {mediaPolicies: () => MediaPolicy[]; backupPolicy: () => BackupPolicy};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isBackupPolicy(value: unknown): value is BackupPolicy {
	return isRecord(value) && typeof value['defaultActivity'] === 'string' && isRecord(value['attributes']);
}

function isMediaPolicy(value: unknown): value is MediaPolicy {
	if (!isRecord(value) || typeof value['name'] !== 'string' || typeof value['text'] !== 'string' || typeof value['mediaClass'] !== 'string') return false;
	const retention = value['retention'];
	return (
		isRecord(retention) &&
		(RETENTION_TYPES as readonly unknown[]).includes(retention['type']) &&
		(retention['value'] === null || typeof retention['value'] === 'string')
	);
}

export class PolicyStore {
	private readonly conf: Conf<PolicyDocument>;

	constructor(systemId: string, seed: PolicySeed, env?: NodeJS.ProcessEnv) {
		const location = {...storeLocation(env), configName: `policies-${systemId}`, clearInvalidConfig: false, configFileMode: 0o600};
		// A plain Conf only to learn the path (it reads nothing): a file that is not JSON is named in the message.
		const path = new Conf<Record<string, unknown>>({...location, deserialize: () => ({})}).path;
		try {
			this.conf = new Conf<PolicyDocument>(location);
		} catch (error) {
			throw new StoreFormatError('corrupt', path, `${path} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
		}
		if (this.conf.size === 0) {
			withFileLock(this.conf.path, () => {
				if (this.conf.size > 0) return;
				const backupPolicy = seed.backupPolicy();
				this.conf.store = {version: 1, mediaPolicies: seed.mediaPolicies(), backupPolicy, appliedBackupPolicy: structuredClone(backupPolicy)};
			});
		}
		// Checked as it opens, as the group store is: a damaged file stops the program before any panel.
		this.read();
	}

	private read(): PolicyDocument {
		const document: unknown = this.conf.store;
		if (!isRecord(document) || document['version'] !== 1) {
			const newer = isRecord(document) && typeof document['version'] === 'number' && document['version'] > 1;
			throw new StoreFormatError(newer ? 'newer' : 'corrupt', this.conf.path, `${this.conf.path} is not a brms-tui policy file this version can read.`);
		}
		const {mediaPolicies, backupPolicy, appliedBackupPolicy} = document;
		if (!Array.isArray(mediaPolicies) || !mediaPolicies.every(isMediaPolicy) || !isBackupPolicy(backupPolicy) || !isBackupPolicy(appliedBackupPolicy))
			throw new StoreFormatError('corrupt', this.conf.path, `${this.conf.path} is damaged: its policies are not as brms-tui wrote them.`);
		return document as PolicyDocument;
	}

	mediaPolicies(): MediaPolicy[] {
		return this.read().mediaPolicies;
	}

	backupPolicy(): BackupPolicy {
		return this.read().backupPolicy;
	}

	appliedBackupPolicy(): BackupPolicy {
		return this.read().appliedBackupPolicy;
	}

	saveBackupPolicy(backupPolicy: BackupPolicy): void {
		withFileLock(this.conf.path, () => this.conf.set('backupPolicy', backupPolicy));
	}

	/** The host now holds the local backup policy (the operator keyed the change sheet). */
	markBackupPolicyApplied(): void {
		withFileLock(this.conf.path, () => this.conf.set('appliedBackupPolicy', this.read().backupPolicy));
	}
}
