// Ink, React and yoga load only for what draws with them (main.ts: the full screen; output.ts:
// bordered tables). In the bundle (scripts/build.ts) yoga-layout's WebAssembly loads as its
// module is first evaluated: `fetch` is hidden meanwhile, so yoga decodes its bytes in place
// instead of fetching a data: URL through undici (~50 ms), and yoga says through a promise when
// it is ready, which is awaited before Ink lays anything out. Run from source (tsx) neither hook
// exists and yoga awaits its WebAssembly itself.

const hooks = globalThis as Record<symbol, unknown>;

/** `load()` (an import of a module that brings Ink), with yoga ready when it resolves. */
export async function loadWithInk<T>(load: () => Promise<T>): Promise<T> {
	const call = (name: string) => (hooks[Symbol.for(name)] as (() => void) | undefined)?.();
	call('brms-tui.hideFetch');
	try {
		const loaded = await load();
		await (hooks[Symbol.for('brms-tui.yogaReady')] as Promise<void> | undefined);
		return loaded;
	} finally {
		call('brms-tui.restoreFetch');
	}
}
