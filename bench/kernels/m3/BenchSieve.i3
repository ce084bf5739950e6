(* Benchmark kernel: see bench/codegen.ts. Run(n) returns a checksum every implementation shares. *)
INTERFACE BenchSieve;
PROCEDURE Run (n: INTEGER): INTEGER;
END BenchSieve.
