(* exit: 1 *)
(* A subscript outside the index range is a checked run-time error. *)
MODULE SubscriptError EXPORTS Main;
IMPORT IO, Fmt;
VAR a: ARRAY [1 .. 3] OF INTEGER; i := 4;
BEGIN
  a[1] := 1;
  IO.Put(Fmt.Int(a[i]) & "\n")
END SubscriptError.
