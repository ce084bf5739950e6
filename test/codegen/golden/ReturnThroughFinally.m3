(* RETURN with a value leaves through two FINALLY clauses, innermost first; the value survives. *)
MODULE ReturnThroughFinally EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Find (READONLY a: ARRAY OF INTEGER; x: INTEGER): INTEGER =
  BEGIN
    TRY
      FOR i := 0 TO LAST(a) DO
        TRY
          IF a[i] = x THEN RETURN i END
        FINALLY
          IO.Put("checked " & Fmt.Int(i) & "; ")
        END
      END;
      RETURN -1
    FINALLY
      IO.Put("done\n")
    END
  END Find;
BEGIN
  IO.Put(Fmt.Int(Find(ARRAY OF INTEGER{5, 6, 7}, 6)) & "\n");
  IO.Put(Fmt.Int(Find(ARRAY OF INTEGER{5}, 9)) & "\n")
END ReturnThroughFinally.
