// Child process for the crash test: appends entries forever, printing each index once it is acknowledged.
import { TransparencyLog } from "../../../src/signer/log/transparency-log.js";
import { fixedKey } from "../fixtures.js";

const dir = process.argv[2] ?? "";
const opened = TransparencyLog.open(dir, fixedKey(9), "spindle.test/log");
if (!opened.ok) {
  process.stderr.write(opened.error + "\n");
  process.exit(1);
}
const log = opened.value;
for (let i = log.size; ; i++) {
  const entry = new TextEncoder().encode(`entry ${i} `.repeat(1 + (i % 50)));
  const appended = log.append(entry);
  if (!appended.ok) process.exit(2);
  if (i % 7 === 0 && !log.checkpoint().ok) process.exit(3);
  process.stdout.write(`ack ${appended.value}\n`);
}
