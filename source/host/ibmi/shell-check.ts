// Connection hygiene, as Code for IBM i does it (ibmi-ssh.md §1.6, §9): right after sign-on one
// exec of `echo` with a marker. sshd runs every exec line through the user's shell, so a login
// profile or .bashrc that writes to standard output puts its text before every answer and
// would corrupt what brms-tui reads from the system utility and from db2. Such a host is
// refused with one message that names the fix; nothing is run on that connection. The first CL
// command on a connection carries the check in its own exec (checkedLine): one shell start, not two.

export const SHELL_CHECK_MARKER = 'brms-tui: this should be the only text';

/** The exec line of the check. */
export const SHELL_CHECK_LINE = `echo '${SHELL_CHECK_MARKER}'`;

/**
 * The check and a command in one exec, so one shell (and its login profile) starts, not two:
 * the marker is echoed, then the shell waits for a line on standard input, which brms-tui sends
 * only when nothing came before the marker; else it closes standard input, `read` fails and the
 * command never runs (ssh-transport.ts, ExecGate). `read` without -r: a Bourne shell's (PASE
 * bsh) takes no options; "go" has nothing for -r to keep.
 */
export const checkedLine = (commandLine: string) => `${SHELL_CHECK_LINE} && read go && ${commandLine}`;

/** What brms-tui sends a checked line to let its command run. */
export const GO = 'go\n';

/** Undefined when the echo came back alone; otherwise what the operator must be told. */
export function shellOutputProblem(stdout: string, where: {user: string; host: string}): string | undefined {
	const lines = stdout.split(/\r?\n/).filter(line => line.trim() !== '');
	const extra = lines.find(line => line.trimEnd() !== SHELL_CHECK_MARKER);
	if (lines.some(line => line.trimEnd() === SHELL_CHECK_MARKER) && extra === undefined) return undefined;
	const fix =
		'Nothing was run. Fix: remove the echo or banner from the login profile (~/.profile, ~/.bashrc or /QOpenSys/etc/profile), or send it to standard error (>&2).';
	if (extra === undefined) return `The shell of ${where.user} on ${where.host} did not answer a plain echo, so brms-tui cannot read its answers. ${fix}`;
	return `The shell of ${where.user} on ${where.host} writes to standard output when it starts ("${extra.trim().slice(0, 60)}"), which would corrupt every answer brms-tui reads. ${fix}`;
}
