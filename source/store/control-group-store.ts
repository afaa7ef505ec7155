// The local store of one system's control groups, kept with conf (JSON, atomic writes).
// A system's store starts from what its host provides (the demo system's groups).

import Conf from 'conf';
import {sortControlGroups, type ControlGroup} from '../domain/control-group.js';
import {storeLocation} from './location.js';

type SystemState = {
	/** Bumped by every save; a save started from an older revision is refused (issue 3). */
	revision: number;
	controlGroups: ControlGroup[];
};

export type ControlGroupStoreOptions = {
	/** The system's id in the store (e.g. "demo"): one file per system. */
	systemId: string;
	/** The groups a new store starts with. */
	seed: () => ControlGroup[];
	env?: NodeJS.ProcessEnv;
};

export class ControlGroupStore {
	private readonly conf: Conf<SystemState>;

	constructor({systemId, seed, env}: ControlGroupStoreOptions) {
		this.conf = new Conf<SystemState>({
			...storeLocation(env),
			configName: `system-${systemId}`,
			clearInvalidConfig: false,
			configFileMode: 0o600,
			defaults: {revision: 0, controlGroups: []},
		});
		if (this.conf.get('revision') === 0) {
			this.conf.set({revision: 1, controlGroups: seed()});
		}
	}

	get path(): string {
		return this.conf.path;
	}

	get revision(): number {
		return this.conf.get('revision');
	}

	/** Every group, in the order WRKCTLGBRM lists them. */
	list(): ControlGroup[] {
		return sortControlGroups(this.conf.get('controlGroups'));
	}

	get(name: string): ControlGroup | undefined {
		return this.conf.get('controlGroups').find(group => group.name === name);
	}
}
