(* RAISE with and without an argument, handlers with bindings, ELSE, and re-raising. *)
MODULE Exceptions EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Plain; WithInt(INTEGER); WithText(TEXT);
PROCEDURE Fail (k: INTEGER) RAISES {Plain, WithInt, WithText} =
  BEGIN
    CASE k OF
    | 0 => RAISE Plain
    | 1 => RAISE WithInt(42)
    | 2 => RAISE WithText("boom")
    ELSE
    END
  END Fail;
BEGIN
  FOR k := 0 TO 3 DO
    TRY
      Fail(k);
      IO.Put("no exception\n")
    EXCEPT
    | Plain => IO.Put("Plain\n")
    | WithInt (n) => IO.Put("WithInt " & Fmt.Int(n) & "\n")
    | WithText (t) => IO.Put("WithText " & t & "\n")
    END
  END;
  TRY
    TRY Fail(1) EXCEPT Plain => IO.Put("wrong\n") END
  EXCEPT
  ELSE IO.Put("outer ELSE caught it\n")
  END
END Exceptions.
