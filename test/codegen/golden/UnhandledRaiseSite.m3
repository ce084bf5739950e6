(* exit: 1 *)
(* An exception that escapes the program is reported at the RAISE that last raised it: a handler
   that raises again moves the position, a FINALLY that the exception passes through does not. *)
MODULE UnhandledRaiseSite EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Deep(INTEGER); Wrapped(TEXT);

PROCEDURE Dig(n: INTEGER) RAISES {Deep} =
  BEGIN
    IF n = 0 THEN RAISE Deep(42) END;
    Dig(n - 1)
  END Dig;

PROCEDURE Wrap() RAISES {Wrapped} =
  BEGIN
    TRY
      Dig(3)
    EXCEPT
      Deep(code) => IO.Put("caught Deep(" & Fmt.Int(code) & "), wrapping it\n");
                    RAISE Wrapped("from Dig")
    END
  END Wrap;

<*FATAL Wrapped*>
BEGIN
  TRY
    Wrap()
  FINALLY
    IO.Put("cleaning up\n")
  END
END UnhandledRaiseSite.
