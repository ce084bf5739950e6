// RFC 1071 Internet checksum over n rounds of 1500-byte packets in a 1 MiB buffer.
const BUFFER_SIZE: i32 = 1048576;
const PACKET_SIZE: i32 = 1500;

function checksum(data: Uint8Array, start: i32, length: i32): i64 {
  let sum: i64 = 0;
  let i = start;
  const stop = start + length - 1;
  while (i < stop) {
    sum += <i64>data[i] * 256 + <i64>data[i + 1];
    i += 2;
  }
  if (i == stop) sum += <i64>data[i] * 256;
  while (sum > 65535) sum = (sum % 65536) + sum / 65536;
  return 65535 - sum;
}

export function run(n: i32): f64 {
  const buffer = new Uint8Array(BUFFER_SIZE);
  let seed: i64 = 7;
  for (let i = 0; i < BUFFER_SIZE; i++) {
    seed = (seed * 48271) % 2147483647;
    buffer[i] = <u8>(seed % 256);
  }
  let total: i64 = 0;
  for (let round = 1; round <= n; round++) {
    for (let offset = 0; offset + PACKET_SIZE <= BUFFER_SIZE; offset += PACKET_SIZE) {
      total += checksum(buffer, offset, PACKET_SIZE - (round % 2));
    }
  }
  return <f64>total;
}
