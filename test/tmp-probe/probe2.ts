import {mkdtempSync, writeFileSync} from 'node:fs';
import {spawnInPty} from '../helpers/pty.js';

const home = mkdtempSync('/tmp/w14/h-');
const s = spawnInPty(process.execPath, ['dist/brms-tui.js'], {env: {BRMS_TUI_HOME: home}});
await s.waitForText('Work with Backup Control Groups', 20000);
writeFileSync(`${home}/system-demo.json`, '{garbage');
await s.type('\u001b[15~');
const exit = await s.waitForExit(10000).catch(e => String(e));
console.log(exit, JSON.stringify(s.output().slice(-400)));
await s.kill();
