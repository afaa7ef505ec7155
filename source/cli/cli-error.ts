// A refusal the CLI reports as one clear line and an exit code (0 done, 1 refused or failed on
// the host, 2 bad usage or invalid input) — never a stack trace.

export class CliError extends Error {
	constructor(
		readonly exitCode: 1 | 2,
		message: string,
		/** Show the usage text after the message. */
		readonly showUsage = false,
	) {
		super(message);
	}
}
