(* exit: 1 *)
(* VAL into an enumeration checks the ordinal's range. *)
MODULE ValRange EXPORTS Main;
IMPORT IO, Fmt;
TYPE Color = {Red, Green, Blue};
VAR n := 2; c: Color;
BEGIN
  c := VAL(n, Color);
  IO.Put(Fmt.Int(ORD(c)) & "\n");
  INC(n);
  c := VAL(n, Color)
END ValRange.
