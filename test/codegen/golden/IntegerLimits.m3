(* INTEGER is 64-bit two's complement; CARDINAL is [0 .. LAST(INTEGER)]. *)
MODULE IntegerLimits EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(FIRST(INTEGER)) & "\n" & Fmt.Int(LAST(INTEGER)) & "\n");
  IO.Put(Fmt.Int(FIRST(CARDINAL)) & " " & Fmt.Bool(LAST(CARDINAL) = LAST(INTEGER)) & "\n");
  IO.Put(Fmt.Int(LAST(INTEGER) DIV 1000000000) & "\n")
END IntegerLimits.
