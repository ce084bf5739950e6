(* RETURN from inside a FOR inside a WHILE inside TRY FINALLY runs the FINALLY clause once. *)
MODULE ReturnFromWhileFinally EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE FirstSquareAbove (limit: INTEGER): INTEGER =
  VAR n := 0;
  BEGIN
    TRY
      WHILE TRUE DO
        FOR i := n TO n + 9 DO
          IF i * i > limit THEN RETURN i END
        END;
        INC(n, 10)
      END;
      RETURN -1
    FINALLY
      IO.Put("finally after n=" & Fmt.Int(n) & "\n")
    END
  END FirstSquareAbove;
BEGIN
  IO.Put(Fmt.Int(FirstSquareAbove(50)) & "\n");
  IO.Put(Fmt.Int(FirstSquareAbove(1000)) & "\n")
END ReturnFromWhileFinally.
