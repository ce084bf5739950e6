(* exit: 1 *)
(* Assigning open arrays of different lengths is a checked run-time error. *)
MODULE ShapeMismatch EXPORTS Main;
IMPORT IO;
VAR a := NEW(REF ARRAY OF INTEGER, 3); b := NEW(REF ARRAY OF INTEGER, 4);
BEGIN
  IO.Put("copying\n");
  a^ := b^
END ShapeMismatch.
