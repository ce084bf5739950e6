MODULE Fact EXPORTS Main;

IMPORT IO, Fmt;

PROCEDURE Factorial(n: CARDINAL): CARDINAL =
  BEGIN
    IF n = 0 THEN RETURN 1 ELSE RETURN n * Factorial(n - 1) END
  END Factorial;

BEGIN
  FOR i := 0 TO 10 DO
    IO.Put(Fmt.Int(i) & "! = " & Fmt.Int(Factorial(i)) & "\n")
  END
END Fact.
