(* Benchmark kernel: see bench/codegen.ts. Run(n) returns a checksum every implementation shares. *)
INTERFACE BenchChecksum;
PROCEDURE Run (n: INTEGER): INTEGER;
END BenchChecksum.
