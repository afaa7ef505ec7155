import {spawnInPty} from '../helpers/pty.js';

const mode = process.argv[2];
const s = spawnInPty(process.execPath, ['dist/brms-tui.js'], {env: {BRMS_TUI_HOME: '/tmp/w14/home2'}});
await s.waitForText('Work with Backup Control Groups', 20000);
await new Promise(r => setTimeout(r, 300));
if (mode === 'edit') {
	await s.type('2\r');
	await s.waitForText('Edit Backup Control Group Entries');
	await s.type('\u001b[B\u001b[B\u001b[C\u001b[C\u001b[C\u001b[C\u001b[CXYZ');
	await new Promise(r => setTimeout(r, 300));
}
const mark = s.output().length;
if (mode === 'term' || mode === 'edit') process.kill(s.pid, 'SIGTERM');
else await s.type('\u001bOR');
const exit = await s.waitForExit(10000);
console.log(exit, JSON.stringify(s.output().slice(mark)).slice(0, 600), s.output().length - mark);
await s.kill();
