// The survey answer load of scripts/bench: CONNECTIONS keep-alive connections each POST the same
// form of answers to URL, one after another, until SECONDS have passed; every request sent is
// awaited, so the counts printed are exact: {"sent", "redirected" (303: stored), "other",
// "seconds", "per_second", "p50_ms", "p99_ms"} as one JSON line. Only 127.0.0.1 is loaded.
//   node survey_load.mjs URL SECONDS CONNECTIONS BODY
import http from 'node:http';

const [url, secondsText, connectionsText, body] = process.argv.slice(2);
const target = new URL(url);
if (target.hostname !== '127.0.0.1') throw new Error('survey_load: only 127.0.0.1 is loaded');
const seconds = Number(secondsText);
const connections = Number(connectionsText);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let sent = 0;
let redirected = 0;
let other = 0;

function post() {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

const started = process.hrtime.bigint();
const deadline = Date.now() + seconds * 1000;
async function worker() {
  while (Date.now() < deadline) {
    const begun = process.hrtime.bigint();
    sent += 1;
    const status = await post();
    latencies.push(Number(process.hrtime.bigint() - begun) / 1e6);
    if (status === 303) redirected += 1;
    else other += 1;
  }
}
await Promise.all(Array.from({ length: connections }, worker));
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
latencies.sort((a, b) => a - b);
const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))];
agent.destroy();
console.log(
  JSON.stringify({
    sent,
    redirected,
    other,
    seconds: Number(elapsed.toFixed(2)),
    per_second: Math.round(sent / elapsed),
    p50_ms: Number(at(0.5).toFixed(2)),
    p99_ms: Number(at(0.99).toFixed(2)),
  }),
);
