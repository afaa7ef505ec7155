import {spawnInPty} from '../helpers/pty.js';

for (const args of [['list'], ['show', 'SYSWODOM'], ['system', 'list']]) {
	const s = spawnInPty(process.execPath, ['dist/brms-tui.js', ...args], {cols: 200, rows: 60, env: {BRMS_TUI_HOME: '/tmp/w14/h4'}});
	await s.waitForExit(20000);
	const lines = s.terminal.lines().filter(Boolean);
	console.log(args.join(' '), Math.max(...lines.map(l => l.length)));
	console.log(lines.slice(0, 8).join('\n'));
	await s.kill();
}
