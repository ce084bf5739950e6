(* EXIT from inside TRY EXCEPT leaves the loop; the handler is not involved. *)
MODULE ExitFromTry EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Never;
VAR i := 0;
BEGIN
  LOOP
    TRY
      INC(i);
      IF i = 3 THEN EXIT END
    EXCEPT
    | Never => IO.Put("wrong\n")
    END
  END;
  IO.Put(Fmt.Int(i) & "\n")
END ExitFromTry.
