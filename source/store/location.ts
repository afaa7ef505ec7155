// Where brms-tui keeps its state: BRMS_TUI_HOME when set (tests use it for isolation),
// otherwise the platform's config folder as conf chooses it (~/.config/brms-tui on Linux).

import {join, resolve} from 'node:path';
import envPaths from 'env-paths';

export type StoreLocation = {cwd: string} | {projectName: string; projectSuffix: string};

export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
	const home = env['BRMS_TUI_HOME'];
	return home ? {cwd: home} : {projectName: 'brms-tui', projectSuffix: ''};
}

/**
 * The folder itself, found without opening anything (conf's constructor reads its file): the
 * same folder conf picks (it uses env-paths the same way).
 */
export function storeFolder(env: NodeJS.ProcessEnv = process.env): string {
	const location = storeLocation(env);
	return 'cwd' in location ? resolve(location.cwd) : envPaths(location.projectName, {suffix: location.projectSuffix}).config;
}

/** The store file of one system. */
export function storeFilePath(systemId: string, env: NodeJS.ProcessEnv = process.env): string {
	return join(storeFolder(env), `system-${systemId}.json`);
}
