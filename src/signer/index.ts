// The signing stage's entry points: sign what the compiler just produced, verify what the loader will link.
export {
  signModule,
  createSignature,
  attachSignature,
  sha256Of,
  type SigningAttributes,
  type Signed,
} from "./sign.js";
export { verifyModule } from "./verify.js";
export { verdictMessage, type Verdict, type VerdictKind } from "./verdict.js";
export {
  parsePolicy,
  validatePolicy,
  localKeyPolicy,
  type TrustPolicy,
  type TrustedKey,
  type PolicyResult,
} from "./policy.js";
export {
  generateKeyPair,
  keyPairOfSeed,
  keyIdOf,
  keyIdHex,
  defaultKeyDir,
  keyPaths,
  readPrivateKeyFile,
  readPublicKeyFile,
  writeKeyPair,
  type KeyPair,
  type PublicKey,
} from "./keys.js";
export { describeModule, renderModuleInfo, statementToJson, type ModuleInfo } from "./inspect.js";
export { SIGNATURE_SECTION, META_SECTION, locateSignature } from "./signature-section.js";
export {
  encodeStatement,
  decodeStatement,
  STATEMENT_PURPOSE,
  type Statement,
  type KeyScope,
  type NamedDigest,
} from "./statement.js";
export { loadTrustPolicy, verifyFile } from "./verify-file.js";
export { SignerCode } from "./diagnostic-codes.js";
export type {
  ServiceCompiler,
  ServiceCompileRequest,
  ServiceCompileResult,
} from "./service/compiler.js";
export {
  startSignerService,
  type SignerServiceOptions,
  type RunningService,
} from "./service/server.js";
export {
  compileRemotely,
  fetchSignerKey,
  fetchLogHead,
  readTokenFile,
  type RemoteCompileResult,
} from "./service/client.js";
export { openService, addClient } from "./service/setup.js";
export type { Result } from "./result.js";
export { signAfterCompile, type SignMode, type LocalSigning } from "./local-signer.js";
export {
  workerCompilerPool,
  type WorkerCompilerOptions,
  type WorkerCompilerPool,
} from "./service/worker-compiler.js";
