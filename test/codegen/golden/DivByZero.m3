(* exit: 1 *)
(* Integer division by zero is a checked run-time error naming the position. *)
MODULE DivByZero EXPORTS Main;
IMPORT IO, Fmt;
VAR zero := 0;
BEGIN
  IO.Put("before\n");
  IO.Put(Fmt.Int(10 DIV zero) & "\n");
  IO.Put("not reached\n")
END DivByZero.
