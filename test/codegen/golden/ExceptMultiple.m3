(* One handler arm may name several exceptions; ELSE catches any exception not named. *)
MODULE ExceptMultiple EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Small; Medium; Large(INTEGER);
PROCEDURE Raise (n: INTEGER) RAISES ANY =
  BEGIN
    CASE n OF
    | 0 => RAISE Small
    | 1 => RAISE Medium
    ELSE RAISE Large(n)
    END
  END Raise;
BEGIN
  FOR i := 0 TO 2 DO
    TRY
      Raise(i)
    EXCEPT
    | Small, Medium => IO.Put(Fmt.Int(i) & ": small or medium\n")
    ELSE IO.Put(Fmt.Int(i) & ": something else\n")
    END
  END
END ExceptMultiple.
