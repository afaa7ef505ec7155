// A refusal the CLI reports as one clear line and an exit code (0 done, 1 refused or failed on
// the host, 2 bad usage or invalid input) — never a stack trace.

export class CliError extends Error {
	constructor(
		readonly exitCode: 1 | 2,
		message: string,
		/** A usage mistake: the line ends with where the command's usage is ("see brms-tui list --help"). */
		readonly showUsage = false,
	) {
		super(message);
	}
}
