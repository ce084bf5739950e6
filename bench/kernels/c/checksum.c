/* RFC 1071 Internet checksum over n rounds of 1500-byte packets in a 1 MiB buffer. */
#define BUFFER_SIZE 1048576
#define PACKET_SIZE 1500

static unsigned char buffer[BUFFER_SIZE];

static long long checksum(const unsigned char *data, int start, int length) {
  long long sum = 0;
  int i = start;
  int stop = start + length - 1;
  while (i < stop) {
    sum += data[i] * 256 + data[i + 1];
    i += 2;
  }
  if (i == stop) sum += data[i] * 256;
  while (sum > 65535) sum = (sum % 65536) + sum / 65536;
  return 65535 - sum;
}

double run(int n) {
  long long seed = 7;
  for (int i = 0; i < BUFFER_SIZE; i++) {
    seed = (seed * 48271) % 2147483647;
    buffer[i] = (unsigned char)(seed % 256);
  }
  long long total = 0;
  for (int round = 1; round <= n; round++) {
    for (int offset = 0; offset + PACKET_SIZE <= BUFFER_SIZE; offset += PACKET_SIZE) {
      total += checksum(buffer, offset, PACKET_SIZE - (round % 2));
    }
  }
  return (double)total;
}
