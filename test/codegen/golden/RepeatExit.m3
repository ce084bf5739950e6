(* EXIT leaves a REPEAT loop at once, before its UNTIL condition is tested. *)
MODULE RepeatExit EXPORTS Main;
IMPORT IO, Fmt;
VAR i := 0;
BEGIN
  REPEAT
    INC(i);
    IF i = 4 THEN EXIT END;
    IO.Put(Fmt.Int(i) & " ")
  UNTIL i >= 10;
  IO.Put("stopped at " & Fmt.Int(i) & "\n");
  i := 0;
  REPEAT INC(i) UNTIL TRUE;
  IO.Put("body ran " & Fmt.Int(i) & " time\n")
END RepeatExit.
