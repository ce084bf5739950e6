(* Module variables are initialised in order before the body runs; globals of REF type are roots. *)
MODULE GlobalsInit EXPORTS Main;
IMPORT IO, Fmt;
VAR a := 2; b := a * 10; r := NEW(REF ARRAY OF TEXT, 2);
BEGIN
  r[0] := "x" & Fmt.Int(a);
  r[1] := "y" & Fmt.Int(b);
  IO.Put(r[0] & r[1] & "\n")
END GlobalsInit.
