// Per-client admission: a token bucket for the rate and a counter for concurrent requests.
import type { ClientLimits } from "./auth.js";

export type Admission =
  | { readonly admitted: true; readonly release: () => void }
  | {
      readonly admitted: false;
      readonly status: 429 | 503;
      readonly retryAfterSeconds: number;
      readonly reason: string;
    };

class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes a token, or says how many seconds until one is available. */
  take(now: number): number {
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond,
    );
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }
}

interface ClientState {
  readonly bucket: TokenBucket;
  inFlight: number;
}

/** Answers at once: a request is admitted, or refused with 429 (rate) or 503 (concurrency). */
export class AdmissionControl {
  private readonly states = new Map<string, ClientState>();
  private totalInFlight = 0;

  constructor(
    private readonly maxTotalInFlight: number,
    private readonly clock: () => number = Date.now,
  ) {}

  admit(name: string, limits: ClientLimits): Admission {
    const now = this.clock();
    let state = this.states.get(name);
    if (!state) {
      state = {
        bucket: new TokenBucket(limits.burst, limits.ratePerMinute / 60, now),
        inFlight: 0,
      };
      this.states.set(name, state);
    }
    if (state.inFlight >= limits.maxConcurrent) {
      return {
        admitted: false,
        status: 503,
        retryAfterSeconds: 1,
        reason: `client ${name} already has ${state.inFlight} requests in flight (limit ${limits.maxConcurrent})`,
      };
    }
    if (this.totalInFlight >= this.maxTotalInFlight) {
      return {
        admitted: false,
        status: 503,
        retryAfterSeconds: 1,
        reason: `the service is at its limit of ${this.maxTotalInFlight} requests in flight`,
      };
    }
    const wait = state.bucket.take(now);
    if (wait > 0) {
      return {
        admitted: false,
        status: 429,
        retryAfterSeconds: wait,
        reason: `client ${name} is over its rate of ${limits.ratePerMinute} requests per minute`,
      };
    }
    state.inFlight++;
    this.totalInFlight++;
    const current = state;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        current.inFlight--;
        this.totalInFlight--;
      },
    };
  }

  get inFlight(): number {
    return this.totalInFlight;
  }
}
