import {mkdtempSync} from 'node:fs';
import {spawnInPty} from '../helpers/pty.js';

const prog = process.argv[2] ?? 'dist/brms-tui.js';
let bad = 0;
for (let i = 0; i < 12; i++) {
	const s = spawnInPty(process.execPath, [prog], {env: {BRMS_TUI_HOME: mkdtempSync('/tmp/w14/h-')}});
	await s.waitForText('F24=More keys', 20000);
	const first = s.output();
	await s.type('2\r');
	await s.waitForText('Edit Backup Control Group Entries');
	await new Promise(r => setTimeout(r, 300));
	if (s.terminal.row(2).trim() !== '') {
		bad++;
		if (bad === 1) {
			console.log(JSON.stringify(first));
			console.log('----');
			console.log(JSON.stringify(s.output().slice(first.length, first.length + 600)));
		}
	}
	await s.kill();
}
console.log('bad', bad);
