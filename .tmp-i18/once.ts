import {TerminalSession} from '../bench/terminal-session.js';
import {listComplete} from '../bench/terminal-figures.js';
const s = new TerminalSession(process.argv[2]!, [], {BRMS_TUI_HOME: process.argv[3]!});
const t = await s.until(listComplete); console.log('frame', t - s.started);
await new Promise(r => setTimeout(r, Number(process.argv[4] ?? 1000)));
await s.close();
