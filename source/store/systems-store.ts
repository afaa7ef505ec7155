// The systems (host profiles) brms-tui knows, in systems.json beside the store: name, host,
// port, user, private key path or the ssh-agent, known_hosts path. Never a password or a
// passphrase: those are asked for when needed and kept nowhere.

import {join} from 'node:path';
import Conf from 'conf';
import {assertFileOrAbsent, ensureFolder} from './durable-file.js';
import {validateSystems} from './generated/systems-validator.js';
import {storeFolder, storeLocation} from './location.js';
import {schemaProblems} from './schema-problems.js';
import {StoreFormatError} from './store-document.js';

export type SystemProfile = {
	name: string;
	host: string;
	port: number;
	user: string;
	/** A private key file; absent: the ssh-agent (SSH_AUTH_SOCK), then password prompts. */
	keyPath?: string;
	/** An extra known_hosts file checked besides ~/.ssh/known_hosts and brms-tui's own. */
	knownHostsPath?: string;
};

export class SystemsStore {
	private readonly conf: Conf<{systems: SystemProfile[]}>;

	constructor(env: NodeJS.ProcessEnv = process.env) {
		const location = {...storeLocation(env), configName: 'systems'};
		// conf reads with a blocking call and makes its folder with the default mode: checked and made here first.
		assertFileOrAbsent(join(storeFolder(env), 'systems.json'));
		ensureFolder(storeFolder(env));
		// A damaged file is named and left as it is, like the groups' store.
		this.conf = readingFile(
			() => new Conf<{systems: SystemProfile[]}>({...location, clearInvalidConfig: false, configFileMode: 0o600}),
			() => new Conf({...location, deserialize: () => ({})}).path,
		);
	}

	get path(): string {
		return this.conf.path;
	}

	list(): SystemProfile[] {
		// Case-insensitive, by code unit: names are ASCII (system-profile.ts), and localeCompare's
		// first call builds ICU's collator (~9 ms of a command's start).
		const key = (profile: SystemProfile) => profile.name.toLowerCase();
		return [...this.systems()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	}

	get(name: string): SystemProfile | undefined {
		return this.list().find(each => each.name.toLowerCase() === name.toLowerCase());
	}

	/** The file's systems, checked against SYSTEMS_SCHEMA. */
	private systems(): SystemProfile[] {
		const document = readingFile(
			() => this.conf.store,
			() => this.path,
		);
		const problems = schemaProblems(validateSystems, document);
		if (problems) throw new StoreFormatError('corrupt', this.path, problems);
		return document.systems ?? [];
	}

	private write(systems: SystemProfile[]): void {
		const problems = schemaProblems(validateSystems, {systems});
		if (problems) throw new Error(`brms-tui built a systems.json its schema refuses: ${problems}`);
		this.conf.set('systems', systems);
	}

	add(profile: SystemProfile): void {
		this.write([...this.systems(), profile]);
	}

	remove(name: string): boolean {
		const systems = this.systems();
		const kept = systems.filter(each => each.name.toLowerCase() !== name.toLowerCase());
		this.write(kept);
		return kept.length !== systems.length;
	}
}

/** conf's read, with a damaged file reported as a StoreFormatError naming it. */
function readingFile<T>(read: () => T, path: () => string): T {
	try {
		return read();
	} catch (error) {
		if (error instanceof SyntaxError) throw new StoreFormatError('corrupt', path(), (error as Error).message);
		throw error;
	}
}
