(* exit: 1 *)
(* An exception that escapes a procedure outside its RAISES set (here let through by <*FATAL*>)
   is a checked run-time error at the procedure; a listed one passes. *)
MODULE RaisesEscape EXPORTS Main;
IMPORT IO, Fmt;

EXCEPTION E; F(INTEGER);
<*FATAL E*>

PROCEDURE Listed (n: INTEGER) RAISES {F} =
  BEGIN
    IF n > 0 THEN Listed(n - 1) ELSE RAISE F(7) END
  END Listed;

PROCEDURE Quiet () =
  BEGIN
    IO.Put("Quiet raises E\n");
    RAISE E
  END Quiet;

PROCEDURE Caller () =
  BEGIN
    TRY
      Quiet()
    EXCEPT
    | E => IO.Put("not reached\n")
    END
  END Caller;

BEGIN
  TRY
    Listed(3)
  EXCEPT
  | F (n) => IO.Put("F passed through its RAISES with " & Fmt.Int(n) & "\n")
  END;
  Caller()
END RaisesEscape.
