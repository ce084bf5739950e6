(* LOOP runs until EXIT; EXIT leaves the innermost loop only. *)
MODULE LoopExit EXPORTS Main;
IMPORT IO, Fmt;
VAR i := 0; j: INTEGER;
BEGIN
  LOOP
    INC(i);
    j := 0;
    LOOP INC(j); IF j = 3 THEN EXIT END END;
    IF i * j >= 9 THEN EXIT END
  END;
  IO.Put(Fmt.Int(i) & " " & Fmt.Int(j) & "\n");
  FOR k := 1 TO 100 DO IF k = 4 THEN EXIT END; IO.Put(Fmt.Int(k)) END;
  IO.Put("\n")
END LoopExit.
