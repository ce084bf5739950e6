(* Exceptions: declared with an optional argument, raised with RAISE, listed in RAISES,
   caught by TRY EXCEPT with bindings and an ELSE arm. *)
MODULE Exceptions EXPORTS Main;

IMPORT IO, Fmt;

EXCEPTION
  Empty;
  TooBig(INTEGER);

PROCEDURE Check (n: INTEGER) RAISES {Empty, TooBig} =
  BEGIN
    IF n = 0 THEN RAISE Empty END;
    IF n > 100 THEN RAISE TooBig(n) END;
  END Check;

PROCEDURE Safe (n: INTEGER): TEXT =
  BEGIN
    TRY
      Check(n);
      RETURN "ok";
    EXCEPT
    | Empty => RETURN "empty";
    | TooBig (value) => RETURN "too big: " & Fmt.Int(value);
    END;
  END Safe;

PROCEDURE Anything (n: INTEGER) RAISES ANY =
  BEGIN
    Check(n);
  END Anything;

BEGIN
  IO.Put(Safe(0) & Safe(500) & "\n");
  TRY Anything(3) EXCEPT ELSE IO.Put("failed\n") END;
END Exceptions.
