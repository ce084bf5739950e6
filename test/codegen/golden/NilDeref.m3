(* exit: 1 *)
(* Dereferencing NIL is a checked run-time error. *)
MODULE NilDeref EXPORTS Main;
IMPORT IO, Fmt;
TYPE R = REF RECORD x: INTEGER END;
VAR r: R := NIL;
BEGIN
  IO.Put("start\n");
  IO.Put(Fmt.Int(r.x) & "\n")
END NilDeref.
