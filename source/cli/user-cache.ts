// brms-tui's folder in the user's cache ($XDG_CACHE_HOME/brms-tui, else ~/.cache/brms-tui): what
// is kept there only speeds a start up (the code caches of launch.ts, the kept frames of
// last-frame.ts; README, "Where state is kept").

import {homedir} from 'node:os';
import {join} from 'node:path';

export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
	return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'brms-tui');
}
