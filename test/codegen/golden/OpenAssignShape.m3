(* exit: 1 *)
(* Assigning an open array constructor to an open array of another length is a checked run-time
   error, reported at the assignment. *)
MODULE OpenAssignShape EXPORTS Main;
IMPORT IO;
VAR ra := NEW(REF ARRAY OF INTEGER, 3);
BEGIN
  ra^ := ARRAY OF INTEGER{1, 2, 3};
  IO.Put("copied\n");
  ra^ := ARRAY OF INTEGER{1, 2}
END OpenAssignShape.
