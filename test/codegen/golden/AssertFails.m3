(* exit: 1 *)
(* A false <*ASSERT*> is a checked run-time error. *)
MODULE AssertFails EXPORTS Main;
IMPORT IO;
VAR n := 3;
BEGIN
  IO.Put("checking\n");
  <*ASSERT n > 5*>
  IO.Put("not reached\n")
END AssertFails.
