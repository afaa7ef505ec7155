import pty from 'node-pty';
const [script, dir, home] = process.argv.slice(2);
const child = pty.spawn(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '200', `--cpu-prof-dir=${dir}`, script!], {name: 'xterm-256color', cols: 80, rows: 24, env: {...process.env, BRMS_TUI_HOME: home!, TERM: 'xterm-256color'}});
let out = '';
child.onData(d => { out += d; if (out.includes('F24=More keys')) setTimeout(() => child.write('\x1bOR'), 300); });
child.onExit(() => process.exit(0));
