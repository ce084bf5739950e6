// RFC 1071 Internet checksum over n rounds of 1500-byte packets in a 1 MiB buffer.
const BUFFER_SIZE = 1048576;
const PACKET_SIZE = 1500;

function checksum(data, start, length) {
  let sum = 0;
  let i = start;
  const stop = start + length - 1;
  while (i < stop) {
    sum += data[i] * 256 + data[i + 1];
    i += 2;
  }
  if (i === stop) sum += data[i] * 256;
  while (sum > 65535) sum = (sum % 65536) + Math.floor(sum / 65536);
  return 65535 - sum;
}

export function run(n) {
  const buffer = new Uint8Array(BUFFER_SIZE);
  let seed = 7;
  for (let i = 0; i < BUFFER_SIZE; i++) {
    seed = (seed * 48271) % 2147483647;
    buffer[i] = seed % 256;
  }
  let total = 0;
  for (let round = 1; round <= n; round++) {
    for (let offset = 0; offset + PACKET_SIZE <= BUFFER_SIZE; offset += PACKET_SIZE) {
      total += checksum(buffer, offset, PACKET_SIZE - (round % 2));
    }
  }
  return total;
}
