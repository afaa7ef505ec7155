// The alternate screen, entered by hand (Ink 6.8 has no alternateScreen option; it came in 7.0)
// and left on every exit path: normal exit, process.exit, uncaught exceptions (Node emits
// 'exit' before printing the trace) and SIGINT/SIGTERM/SIGHUP/SIGQUIT (ink-notes.md §5.1).
// SIGKILL cannot be caught: `tput rmcup` or `reset` restores the terminal then.

const ENTER = '\u001B[?1049h\u001B[2J\u001B[H';
const LEAVE = '\u001B[?25h\u001B[?1049l';
const SIGNALS = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGQUIT: 3} as const;

export function enterAlternateScreen(stdout: NodeJS.WriteStream = process.stdout): () => void {
	if (!stdout.isTTY) return () => {};
	stdout.write(ENTER);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			stdout.write(LEAVE);
		} catch {
			// The terminal is gone (hang-up): nothing left to restore.
		}
	};
	process.once('exit', restore);
	for (const [signal, number] of Object.entries(SIGNALS)) {
		process.once(signal, () => {
			restore();
			process.exit(128 + number);
		});
	}
	return restore;
}
