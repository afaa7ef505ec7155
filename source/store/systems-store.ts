// The systems (host profiles) brms-tui knows, in systems.json beside the store: name, host,
// port, user, private key path or the ssh-agent, known_hosts path. Never a password or a
// passphrase: those are asked for when needed and kept nowhere.

import Conf from 'conf';
import {StoreFormatError} from './store-document.js';
import {SCHEMA_COMPILE_OPTIONS, storeLocation} from './location.js';

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

export const SYSTEMS_SCHEMA = {
	systems: {
		type: 'array',
		items: {
			type: 'object',
			required: ['name', 'host', 'port', 'user'],
			additionalProperties: false,
			properties: {
				name: {type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,19}$'},
				host: {type: 'string', minLength: 1},
				port: {type: 'integer', minimum: 1, maximum: 65_535},
				user: {type: 'string', minLength: 1, maxLength: 10},
				keyPath: {type: 'string'},
				knownHostsPath: {type: 'string'},
			},
		},
	},
} as const;

export class SystemsStore {
	private readonly conf: Conf<{systems: SystemProfile[]}>;

	constructor(env: NodeJS.ProcessEnv = process.env) {
		const location = {...storeLocation(env), configName: 'systems'};
		// A damaged file is named and left as it is, like the groups' store.
		this.conf = readingFile(
			() => new Conf<{systems: SystemProfile[]}>({...location, clearInvalidConfig: false, configFileMode: 0o600, schema: SYSTEMS_SCHEMA as never, ajvOptions: SCHEMA_COMPILE_OPTIONS}),
			() => new Conf({...location, deserialize: () => ({})}).path,
		);
	}

	get path(): string {
		return this.conf.path;
	}

	list(): SystemProfile[] {
		return [...readingFile(() => this.conf.get('systems', []), () => this.path)].sort((a, b) => a.name.localeCompare(b.name));
	}

	get(name: string): SystemProfile | undefined {
		return this.list().find(each => each.name.toLowerCase() === name.toLowerCase());
	}

	add(profile: SystemProfile): void {
		this.conf.set('systems', [...readingFile(() => this.conf.get('systems', []), () => this.path), profile]);
	}

	remove(name: string): boolean {
		const systems = readingFile(() => this.conf.get('systems', []), () => this.path);
		const kept = systems.filter(each => each.name.toLowerCase() !== name.toLowerCase());
		this.conf.set('systems', kept);
		return kept.length !== systems.length;
	}
}

/** conf's read, with a damaged file reported as a StoreFormatError naming it. */
function readingFile<T>(read: () => T, path: () => string): T {
	try {
		return read();
	} catch (error) {
		if (error instanceof SyntaxError || /schema violation/i.test((error as Error).message)) throw new StoreFormatError('corrupt', path(), (error as Error).message);
		throw error;
	}
}
