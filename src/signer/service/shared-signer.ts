// The service's signing step: reserve log indices, sign, log durably (group commit), attach the proofs.
import type { KeyPair } from "../keys.js";
import { logEntryOf } from "../log/entry.js";
import type { TransparencyLog } from "../log/transparency-log.js";
import { fail, ok, type Result } from "../result.js";
import { attachSignature, createSignature, type Signed, type SigningAttributes } from "../sign.js";
import type { Statement } from "../statement.js";

export interface SharedSignature {
  readonly module: Uint8Array;
  readonly logIndex: number;
  readonly statement: Statement;
}

interface Job {
  readonly wasm: Uint8Array;
  readonly attributes: SigningAttributes;
  readonly time: number;
  readonly done: (result: Result<SharedSignature>) => void;
}

export class SharedSigner {
  private queue: Job[] = [];
  private scheduled = false;

  constructor(
    readonly key: KeyPair,
    readonly log: TransparencyLog,
  ) {}

  /** Resolves once the entry is on disk and the module carries its inclusion proof. */
  sign(
    wasm: Uint8Array,
    attributes: SigningAttributes,
    time: number,
  ): Promise<Result<SharedSignature>> {
    return new Promise((done) => {
      this.queue.push({ wasm, attributes, time, done });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Signs every queued module in one synchronous pass: with no await between reserving indices and
   * appending the entries, no index is ever given twice; one fsync and one checkpoint serve the batch.
   */
  private flush(): void {
    const jobs = this.queue;
    this.queue = [];
    this.scheduled = false;
    const first = this.log.size;
    const signed: { job: Job; signature: Signed }[] = [];
    for (const job of jobs) {
      const signature = createSignature(
        job.wasm,
        this.key,
        job.attributes,
        "shared",
        job.time,
        first + signed.length,
      );
      if (signature.ok) signed.push({ job, signature: signature.value });
      else job.done(signature);
    }
    if (signed.length === 0) return;
    const appended = this.log.appendAll(
      signed.map((s) => logEntryOf(s.signature.statementBytes, s.signature.signature)),
    );
    if (!appended.ok || appended.value !== first) {
      const error = appended.ok
        ? `log index moved from ${first} to ${appended.value} while signing`
        : appended.error;
      for (const { job } of signed) job.done(fail(error));
      return;
    }
    for (const [offset, { job, signature }] of signed.entries()) {
      const logIndex = first + offset;
      const proof = this.log.proof(logIndex);
      if (!proof.ok) {
        job.done(proof);
        continue;
      }
      const module = attachSignature(job.wasm, {
        statementBytes: signature.statementBytes,
        signature: signature.signature,
        logProof: proof.value,
      });
      job.done(ok({ module, logIndex, statement: signature.statement }));
    }
  }
}
