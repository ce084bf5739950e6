(* Benchmark kernel: see bench/codegen.ts. Run(n) returns a checksum every implementation shares. *)
INTERFACE BenchTable;
PROCEDURE Run (n: INTEGER): INTEGER;
END BenchTable.
