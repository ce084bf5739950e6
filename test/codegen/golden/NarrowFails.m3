(* exit: 1 *)
(* NARROW to a type the object does not have is a checked run-time error. *)
MODULE NarrowFails EXPORTS Main;
IMPORT IO;
TYPE A = OBJECT END; B = A OBJECT END;
VAR a: A := NEW(A); b: B;
BEGIN
  b := NARROW(a, B);
  IO.Put("not reached\n")
END NarrowFails.
