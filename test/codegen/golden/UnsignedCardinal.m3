(* exit: 1 *)
(* CARDINAL is [0 .. LAST(INTEGER)]: decrementing below zero is a checked run-time error. *)
MODULE UnsignedCardinal EXPORTS Main;
IMPORT IO, Fmt;
VAR c: CARDINAL := 1;
BEGIN
  DEC(c);
  IO.Put(Fmt.Int(c) & "\n");
  DEC(c)
END UnsignedCardinal.
