(* RETURN and EXIT leave a TRY EXCEPT without running any handler, even an ELSE handler. *)
MODULE ReturnNotCaught EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Never;
PROCEDURE FirstEven (READONLY a: ARRAY OF INTEGER): INTEGER RAISES {} =
  BEGIN
    LOOP
      TRY
        FOR i := FIRST(a) TO LAST(a) DO
          IF a[i] MOD 2 = 0 THEN RETURN a[i] END
        END;
        EXIT
      EXCEPT
      | Never => IO.Put("handler ran\n")
      ELSE IO.Put("else ran\n")
      END
    END;
    RETURN -1
  END FirstEven;
BEGIN
  IO.Put(Fmt.Int(FirstEven(ARRAY OF INTEGER{3, 5, 8, 9})) & "\n");
  IO.Put(Fmt.Int(FirstEven(ARRAY OF INTEGER{1, 3})) & "\n")
END ReturnNotCaught.
