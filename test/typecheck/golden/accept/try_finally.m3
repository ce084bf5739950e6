(* TRY FINALLY runs its cleanup whether the body completes, exits or raises. *)
MODULE TryFinally EXPORTS Main;

IMPORT IO;

EXCEPTION Stop;

VAR depth := 0;

PROCEDURE Enter () RAISES {Stop} =
  BEGIN
    INC(depth);
    TRY
      IF depth > 3 THEN RAISE Stop END;
      Enter();
    FINALLY
      DEC(depth);
    END;
  END Enter;

BEGIN
  TRY Enter() EXCEPT Stop => IO.Put("stopped\n") END;
END TryFinally.
