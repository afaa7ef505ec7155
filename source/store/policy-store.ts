// One system's policies, kept beside its control groups (policies-<system>.json): its media
// policies, its backup policy as changed locally, and the backup policy as last applied on the
// host (what the change sheet keys from). Until a first change they are what the host is known to
// hold: the demo system's own policies, or for a real IBM i what BRMS ships [K] (BRMS has no
// documented read of either, brms.md §10.4); opening writes nothing. Written as the group stores
// are (durable-file.ts, under the file lock, 0600). A file that is not what brms-tui wrote stops
// with a message naming it and is never overwritten.

import {join} from 'node:path';
import {type BackupPolicy, type MediaPolicy, RETENTION_TYPES} from '../domain/policies.js';
import {readTextFile} from './durable-file.js';
import {changeJsonFile} from './file-lock.js';
import {storeFolder} from './location.js';
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
	readonly path: string;
	private readonly seed: PolicySeed;

	constructor(systemId: string, seed: PolicySeed, env?: NodeJS.ProcessEnv) {
		this.path = join(storeFolder(env), `policies-${systemId}.json`);
		this.seed = seed;
		// Checked as it opens, as the group store is: a damaged file stops the program before any panel.
		this.read();
	}

	private read(): PolicyDocument {
		return this.parse(readTextFile(this.path));
	}

	/** The file's document, or the seed's while there is no file. */
	private parse(text: string | undefined): PolicyDocument {
		if (text === undefined) {
			const backupPolicy = this.seed.backupPolicy();
			return {version: 1, mediaPolicies: this.seed.mediaPolicies(), backupPolicy, appliedBackupPolicy: structuredClone(backupPolicy)};
		}
		let document: unknown;
		try {
			document = JSON.parse(text);
		} catch (error) {
			throw new StoreFormatError('corrupt', this.path, `${this.path} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
		}
		if (!isRecord(document) || document['version'] !== 1) {
			const newer = isRecord(document) && typeof document['version'] === 'number' && document['version'] > 1;
			throw new StoreFormatError(newer ? 'newer' : 'corrupt', this.path, `${this.path} is not a brms-tui policy file this version can read.`);
		}
		const {mediaPolicies, backupPolicy, appliedBackupPolicy} = document;
		if (!Array.isArray(mediaPolicies) || !mediaPolicies.every(isMediaPolicy) || !isBackupPolicy(backupPolicy) || !isBackupPolicy(appliedBackupPolicy))
			throw new StoreFormatError('corrupt', this.path, `${this.path} is damaged: its policies are not as brms-tui wrote them.`);
		return document as PolicyDocument;
	}

	/** Reads, changes and writes the document under the lock (another copy may be saving too). */
	private change(update: (document: PolicyDocument) => PolicyDocument): void {
		changeJsonFile(this.path, current => JSON.stringify(update(this.parse(current)), undefined, '\t'));
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
		this.change(document => ({...document, backupPolicy}));
	}

	/** The host now holds the local backup policy (the operator keyed the change sheet). */
	markBackupPolicyApplied(): void {
		this.change(document => ({...document, appliedBackupPolicy: document.backupPolicy}));
	}
}
