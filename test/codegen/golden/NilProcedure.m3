(* exit: 1 *)
(* Calling a NIL procedure value is a checked run-time error. *)
MODULE NilProcedure EXPORTS Main;
IMPORT IO;
VAR p: PROCEDURE () := NIL;
BEGIN
  IO.Put("calling\n");
  p()
END NilProcedure.
