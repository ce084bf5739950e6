(* WHILE, REPEAT and LOOP; EXIT leaves the innermost loop. *)
MODULE Loops EXPORTS Main;

IMPORT IO, Fmt;

VAR i, sum := 0;

BEGIN
  WHILE i < 10 DO INC(i); sum := sum + i END;
  REPEAT DEC(i, 2) UNTIL i <= 0;
  LOOP
    INC(i);
    IF i = 5 THEN EXIT END;
  END;
  IO.Put(Fmt.Int(sum + i) & "\n");
END Loops.
