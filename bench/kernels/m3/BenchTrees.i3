(* Benchmark kernel: see bench/codegen.ts. Run(n) returns a checksum every implementation shares. *)
INTERFACE BenchTrees;
PROCEDURE Run (n: INTEGER): INTEGER;
END BenchTrees.
