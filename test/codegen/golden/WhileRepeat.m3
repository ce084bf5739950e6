(* WHILE tests before each iteration, REPEAT after. *)
MODULE WhileRepeat EXPORTS Main;
IMPORT IO, Fmt;
VAR i := 0; sum := 0;
BEGIN
  WHILE i < 5 DO INC(sum, i); INC(i) END;
  IO.Put("while " & Fmt.Int(sum) & "\n");
  REPEAT DEC(i) UNTIL i <= 0;
  IO.Put("repeat " & Fmt.Int(i) & "\n");
  WHILE FALSE DO IO.Put("never\n") END;
  REPEAT IO.Put("once\n") UNTIL TRUE
END WhileRepeat.
