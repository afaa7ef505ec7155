import {readFileSync} from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
const counts = new Map();
p.samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
// self time by function and by url
const byFn = new Map(), byUrl = new Map();
for (const [id, t] of counts) { const n = byId.get(id); total += t; const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; byFn.set(k, (byFn.get(k) ?? 0) + t); }
console.log('total ms', total/1000, 'start', p.startTime, 'end', p.endTime, (p.endTime-p.startTime)/1000);
console.log([...byFn].sort((a,b)=>b[1]-a[1]).slice(0, 40).map(([k,t]) => `${(t/1000).toFixed(1).padStart(7)} ${k}`).join('\n'));
// timeline: first time each top-level phase; print cumulative time up to sample in which 'F24' ... skip
