// Where brms-tui keeps its state: BRMS_TUI_HOME when set (tests use it for isolation),
// otherwise the platform's config folder as conf chooses it (~/.config/brms-tui on Linux).

export type StoreLocation = {cwd: string} | {projectName: string; projectSuffix: string};

export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
	const home = env['BRMS_TUI_HOME'];
	return home ? {cwd: home} : {projectName: 'brms-tui', projectSuffix: ''};
}

/**
 * Ajv options for conf's schemas. Our schemas are constants (a test checks them against the JSON
 * Schema meta-schema), so checking them again at every start, and optimising the generated
 * validator, only costs start-up: about 130 ms of the app's start (npm run bench).
 */
export const SCHEMA_COMPILE_OPTIONS = {validateSchema: false, meta: false, code: {optimize: false}} as const;
