(* <*ASSERT cond*> is a checked run-time error when the condition is false. *)
MODULE AssertPragma EXPORTS Main;

IMPORT IO;

VAR n := 3;

BEGIN
  <*ASSERT n > 0*>;
  IO.PutInt(n);
END AssertPragma.
