// Stable diagnostic codes of the signing stage (E4xxx), listed in docs/signing.md.
export const SignerCode = {
  /** A file (module, policy, key, clients) cannot be read. */
  unreadable: "E4001",
  /** The trust policy file is invalid. */
  badPolicy: "E4002",
  /** The module did not verify; the message is the verdict's. */
  notVerified: "E4003",
  /** No trust policy was given and this machine has no key. */
  noPolicy: "E4004",
  /** A key could not be created or read. */
  keyFile: "E4005",
  /** The file is not a well-formed Wasm module. */
  malformedModule: "E4006",
  /** The signing service cannot start or a service request failed. */
  service: "E4007",
} as const;
