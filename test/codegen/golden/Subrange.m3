(* exit: 1 *)
(* Assigning a value outside a subrange is a checked run-time error. *)
MODULE Subrange EXPORTS Main;
IMPORT IO, Fmt;
VAR small: [1 .. 10] := 5; n := 10;
BEGIN
  small := n;
  IO.Put(Fmt.Int(small) & "\n");
  INC(n);
  small := n;
  IO.Put("not reached\n")
END Subrange.
