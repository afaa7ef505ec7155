// Where brms-tui keeps its state: BRMS_TUI_HOME when set (tests use it for isolation),
// otherwise the platform's config folder as conf chooses it (~/.config/brms-tui on Linux).

export type StoreLocation = {cwd: string} | {projectName: string; projectSuffix: string};

export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
	const home = env['BRMS_TUI_HOME'];
	return home ? {cwd: home} : {projectName: 'brms-tui', projectSuffix: ''};
}
