(* Benchmark kernel: see bench/codegen.ts. Run(n) returns the energy after n steps. *)
INTERFACE BenchNBody;
PROCEDURE Run (n: INTEGER): LONGREAL;
END BenchNBody.
