(* exit: 1 *)
(* Subscripts of open arrays are checked against their length at run time. *)
MODULE OpenIndexError EXPORTS Main;
IMPORT IO, Fmt;
VAR a := NEW(REF ARRAY OF INTEGER, 3); i := 3;
BEGIN
  a[2] := 7;
  IO.Put(Fmt.Int(a[2]) & "\n");
  a[i] := 1
END OpenIndexError.
